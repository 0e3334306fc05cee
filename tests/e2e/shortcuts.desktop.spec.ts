import { expect, test } from "@playwright/test";

// Keyboard shortcuts are for physical keyboards, so this story runs in the desktop project only.
test("a reader steps through paragraphs with j and k, and ? lists the shortcuts", async ({ page }) => {
  await page.goto("/articles/11");
  // A key pressed before hydration has no listener yet; the theme toggle island renders only after it.
  await expect(page.locator("[data-slot=theme-toggle]")).toBeVisible();
  await page.locator("body").press("j");
  await expect(page).toHaveURL(/#p1$/);
  await page.keyboard.press("j");
  await expect(page).toHaveURL(/#p1-a$/);
  await page.keyboard.press("k");
  await expect(page).toHaveURL(/#p1$/);
  await expect(page.locator("#p1")).toHaveAttribute("data-current", "true");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
});
