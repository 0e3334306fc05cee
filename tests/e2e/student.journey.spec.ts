import { expect, test } from "@playwright/test";

test("a student follows “serious crime” from article 35 to its definition and to every use", async ({ page }) => {
  await page.goto("/articles/35");
  const term = page.locator('a.term-link[data-term="serious-crime"]').first();
  await expect(term).toBeVisible();
  // The definition shows on keyboard focus, without leaving the page.
  await term.focus();
  const tip = page.locator(`#${await term.getAttribute("aria-describedby")}`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/four years/i);

  await term.click();
  await expect(page).toHaveURL(/\/terms\/serious-crime$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("serious crime");
  const usages = page.locator("[data-slot=usages]");
  await expect(usages.getByRole("link", { name: /Article 35\./ })).toBeVisible();
  expect(await usages.locator(":scope > li").count()).toBeGreaterThanOrEqual(3);

  await page.locator("[data-slot=definition-link]").click();
  await expect(page).toHaveURL(/\/articles\/2#h$/);
  await expect(page.locator("#h")).toContainText(/four years/i);
});

test("a student browses the defined terms and every article-2 term has a page showing where it is defined", async ({ page }) => {
  await page.goto("/terms");
  const links = page.locator("main dt a");
  expect(await links.count()).toBeGreaterThanOrEqual(15);
  for (const slug of ["ict-system", "traffic-data", "serious-crime", "property", "emergency"]) {
    await page.goto(`/terms/${slug}`);
    await expect(page.locator("[data-slot=definition-link]")).toHaveAttribute("href", /\/articles\/2#[a-o]$/);
  }
});
