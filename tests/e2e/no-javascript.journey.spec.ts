import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

const PAGES: Array<[string, RegExp]> = [
  ["/articles/28", /Search and seizure of stored electronic data/],
  ["/articles/28/4", /Article 28\(4\)/],
  ["/articles/2/h", /Article 2\(h\)/],
  ["/terms/serious-crime", /serious crime/],
  ["/chapters/iv", /Procedural measures and law enforcement/],
  ["/topics/security-research", /Security research/i],
  ["/timeline", /Timeline/],
  ["/about", /About/],
];

for (const [path, heading] of PAGES) {
  test(`reading ${path} works with JavaScript off`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    expect((await page.locator("main").innerText()).length).toBeGreaterThan(200);
  });
}

test("without JavaScript every annotation is readable beside its paragraph, and anchors and citations work", async ({ page }) => {
  await page.goto("/articles/40#p21");
  await expect(page.locator("#p21")).toBeInViewport();
  const listed = page.locator("[data-slot=margin-notes] [data-slot=annotation]");
  expect(await listed.count()).toBeGreaterThan(3);
  // In the margin on a wide screen; on a phone the native <details> opens without JavaScript.
  const notes = page.locator("[data-slot=margin-notes]").first();
  const summary = notes.locator(":scope > summary");
  if (await summary.isVisible()) await summary.click();
  await expect(notes.locator("[data-slot=annotation]").first()).toBeVisible();
  // The lens and the copy buttons need JavaScript and are not shown; the citation is readable in <details>.
  await expect(page.locator("[data-slot=lens]")).toBeHidden();
  await expect(page.locator("[data-slot=copy-button]").first()).toBeHidden();
  await page.locator("#p21 summary", { hasText: "Cite" }).click();
  await expect(page.locator("#p21 [data-slot=citation]")).toContainText("art. 40(21)");
});

test("term definitions are reachable without JavaScript", async ({ page }) => {
  await page.goto("/articles/35");
  const term = page.locator('a.term-link[data-term="serious-crime"]').first();
  await term.focus();
  await expect(page.locator(`#${await term.getAttribute("aria-describedby")}`)).toBeVisible();
});
