import { expect, test } from "@playwright/test";

test("a journalist moves chapter → article → referenced-by → source", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("main")
    .getByRole("link", { name: /Chapter V\. International cooperation/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/chapters\/v$/);
  await page.getByRole("link", { name: /Article 40\. General principles and procedures relating to mutual legal assistance/ }).click();
  await expect(page).toHaveURL(/\/articles\/40$/);

  const referencedBy = page.locator("section", { has: page.getByRole("heading", { name: "Referenced by" }) });
  const firstBacklink = referencedBy.getByRole("link").first();
  await expect(firstBacklink).toBeVisible();
  const backlinkHref = await firstBacklink.getAttribute("href");
  await firstBacklink.click();
  await expect(page).toHaveURL(new RegExp(`${backlinkHref!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  // The page we arrived at really does mention article 40.
  await expect(page.locator('main a[data-ref^="40"]').first()).toBeAttached();

  await page.goto("/articles/40");
  // The commentary sits beside its paragraph: in the margin on a wide screen, behind "N comments" on a phone.
  const notes = page.locator("[data-slot=margin-notes]").first();
  const summary = notes.locator(":scope > summary");
  if (await summary.isVisible()) await summary.click();
  const card = notes.locator("[data-slot=annotation]").first();
  await card.getByRole("link", { name: /.+/ }).last().click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Its claims, in the order it makes them/ })).toBeVisible();
});

test("a journalist sees the treaty's status on the home page and the dated timeline", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-slot=status]")).toContainText("72");
  await expect(page.locator("[data-slot=status]")).toContainText("26 October 2025");
  await page.getByRole("link", { name: "Timeline", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Timeline");
  await expect(page.locator("time[datetime='2024-12-24']")).toHaveText("24 December 2024");
});

test("the stakeholder × article matrix renders and its cells link to the annotations", async ({ page }) => {
  await page.goto("/stakeholders");
  const cell = page.locator("[data-slot=stance-matrix] td[data-stance] a").first();
  await expect(cell).toBeVisible();
  const href = await cell.getAttribute("href");
  expect(href).toMatch(/^\/stakeholders\/[a-z0-9-]+#art-\d+$/);
  await cell.click();
  const anchor = href!.split("#")[1]!;
  await expect(page.locator(`#${anchor} [data-slot=annotation]`).first()).toBeVisible();
});

test("a journalist checks who said it: a signature is a reported action, not China's statement", async ({ page }) => {
  await page.goto("/stakeholders/treaty-proponents");
  const reported = page.locator("section", { has: page.getByRole("heading", { name: /What sources report it did/ }) });
  const signed = reported.locator("[data-slot=annotation][data-kind=reported]", { hasText: "China signed" });
  await expect(signed).toBeVisible();
  await expect(signed.getByRole("heading")).toContainText("China");
  await expect(signed.getByRole("heading")).toContainText("reported by");
  await expect(signed.locator("[data-slot=kind]")).toHaveText("Reported action");
  // Among the group's positions, nothing voiced by the blogger appears.
  const positions = page.locator("section", { has: page.getByRole("heading", { name: /Its positions, by article/ }) });
  await expect(positions.locator("[data-slot=annotation][data-kind=reported]")).toHaveCount(0);
});

test("unnamed critics stay unnamed, with who reported them", async ({ page }) => {
  await page.goto("/sources/record-lead-negotiator");
  const card = page.locator("[data-slot=annotation]", { has: page.getByRole("link", { name: "Critics (not named)" }) }).first();
  await expect(card.getByRole("heading")).toContainText("as reported by Suzanne Smalley");
  await expect(card).toHaveAttribute("data-group", "unnamed-voices");
});
