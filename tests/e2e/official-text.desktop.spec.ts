/**
 * The official text beside the digest. What each story checks depends on the build under test:
 * with `.generated/official.json` (a deployer imported A/RES/79/243) the Digest / Official / Both
 * choice must work with and without JavaScript; without it (this repository's own build), each
 * page says no official text is loaded and the digest stays whole, whatever the URL asks.
 */
import { expect, test, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const loaded = existsSync(resolve(import.meta.dirname, "../../.generated/official.json"));
const PAGES = ["/articles/28", "/articles/28/4", "/preamble"];

const official = (page: Page) => page.locator("[data-slot=official-text]");
const digest = (page: Page) => page.locator("[data-view=digest]").first();

async function expectNoOfficialText(page: Page) {
  await expect(page.locator("[data-slot=official-absent]")).toHaveText(/No official text is loaded in this build/u);
  await expect(page.locator("[data-slot=view-choice]")).toHaveCount(0);
  await expect(official(page)).toHaveCount(0);
  await expect(digest(page)).toBeVisible();
}

test("an advocate opens 28(4) as official text from a shared link, then switches to the digest", async ({ page }) => {
  await page.goto("/articles/28/4?view=official");
  if (!loaded) return expectNoOfficialText(page);
  await expect(official(page)).toBeVisible();
  await expect(digest(page)).toBeHidden();
  await page.locator("label[for=text-view-digest]").click();
  await expect(official(page)).toBeHidden();
  await expect(digest(page)).toBeVisible();
  expect(new URL(page.url()).searchParams.get("view")).toBe("digest");
  await expect(page.locator("[data-slot=numbering-basis]").first()).toContainText("Numbering checked against the official text");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of PAGES) {
    test(`${path} shows the digest and the official text, and the choice hides one or the other`, async ({ page }) => {
      await page.goto(path);
      if (!loaded) return expectNoOfficialText(page);
      await expect(official(page)).toBeVisible();
      await expect(digest(page)).toBeVisible();
      await page.locator("label[for=text-view-official]").click();
      await expect(digest(page)).toBeHidden();
      await page.locator("label[for=text-view-digest]").click();
      await expect(official(page)).toBeHidden();
      await expect(digest(page)).toBeVisible();
    });
  }
});
