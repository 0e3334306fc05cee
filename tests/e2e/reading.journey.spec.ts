import { expect, test } from "@playwright/test";

test("dark mode follows the system and the toggle overrides it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/articles/1");
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();
  const toggle = page.locator("[data-slot=theme-toggle]");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect(await background()).not.toBe(dark);
  await page.reload();
  await expect(page.locator("[data-slot=theme-toggle]")).toHaveAttribute("aria-pressed", "false");
});

test("previous and next lead through the articles in order", async ({ page }) => {
  await page.goto("/articles/27");
  await page
    .getByRole("link", { name: /Article 28\. Search and seizure/ })
    .last()
    .click();
  await expect(page).toHaveURL(/\/articles\/28$/);
  await page
    .getByRole("navigation", { name: "Previous and next article" })
    .getByRole("link", { name: /Article 27\./ })
    .click();
  await expect(page).toHaveURL(/\/articles\/27$/);
});

test("the layout fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/articles/2", "/articles/40", "/terms/serious-crime"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("print styles keep the numbering and drop navigation", async ({ page }) => {
  await page.goto("/articles/11");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("[data-slot=margin-notes] [data-slot=annotation] header").first()).toBeVisible();
  await expect(page.locator("#p1-a-ii a.font-mono")).toBeVisible();
  await expect(page.locator(".paragraph-actions").first()).toBeHidden();
});

test("an unknown address shows the helpful 404 with search and contents", async ({ page }) => {
  const response = await page.goto("/articles/999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.locator("[data-slot=toc]")).toBeVisible();
});
