/**
 * Lineage: a student asks "is this new, or is it the Budapest Convention again?" and follows the
 * answer from the lineage page to the Budapest side and back, with and without JavaScript.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeReport(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.passes.length, "axe ran its checks").toBeGreaterThan(5);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const row = (page: Page, article: number) => page.locator(`#un-${article}`);

test("the lineage page answers what is new and links each answer", async ({ page }) => {
  await page.goto("/lineage");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where the articles come from");
  const news = page.locator("[data-slot=lineage-news]");
  const none = news.getByRole("heading", { name: /No counterpart in any of the three/u });
  await expect(none).toContainText("(5)");
  await news.getByRole("link", { name: "Art. 16. Non-consensual dissemination of intimate images" }).click();
  await expect(page).toHaveURL(/\/articles\/16$/u);
  const comparable = page.locator("[data-slot=comparable-provisions]");
  await expect(comparable.getByRole("heading", { name: "Comparable provisions" })).toBeVisible();
  await expect(comparable).toContainText("No counterpart in Budapest, UNTOC or UNCAC");
  await expect(comparable.locator("[data-slot=unverified]")).toBeVisible();
});

test("the diagram is static SVG with a name, a description and a table of the same flows", async ({ page }) => {
  await page.goto("/lineage");
  const svg = page.getByRole("img", { name: "Where the UN Convention's chapters come from" });
  await expect(svg).toBeVisible();
  expect(await svg.locator("path").count(), "one band per flow").toBeGreaterThan(20);
  await expect(svg.locator("desc")).toContainText("band");
  const alternative = page.locator("[data-slot=lineage-flows-text]");
  await alternative.locator("summary").click();
  const table = alternative.getByRole("table");
  await expect(table).toBeVisible();
  expect(await table.locator("tbody tr").count(), "every band as a row").toBe(await svg.locator("path").count());
  const budapestToProcedure = table.getByRole("row").filter({ hasText: "Section 2 – Procedural law" }).filter({ hasText: "Chapter IV" });
  await expect(budapestToProcedure.getByRole("link")).toHaveText(["23", "24", "25", "26", "27", "28", "29", "30"]);
  await budapestToProcedure.getByRole("link", { name: "28", exact: true }).click();
  await expect(page).toHaveURL(/\/articles\/28$/u);
});

test("a reader coming from Budapest finds the UN equivalent and the way back", async ({ page }) => {
  await page.goto("/lineage/budapest");
  await page.getByRole("link", { name: "Art. 19. Search and seizure of stored computer data" }).click();
  await expect(page).toHaveURL(/\/lineage\/budapest\/19$/u);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Budapest Convention, article 19. Search and seizure of stored computer data");
  await expect(page.getByText("Section 2 – Procedural law", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Council of Europe Treaty Office/u })).toHaveAttribute("href", /^https:\/\/www\.coe\.int\//u);
  await page.getByRole("link", { name: "Article 28. Search and seizure of stored electronic data" }).click();
  await expect(page).toHaveURL(/\/articles\/28$/u);
  const comparable = page.locator("[data-slot=comparable-provisions]");
  await expect(comparable.getByRole("link", { name: /^Budapest Convention \(Convention on Cybercrime, 2001\)$/u })).toHaveAttribute(
    "href",
    /^https:\/\/www\.coe\.int\//u,
  );
  await comparable.getByRole("link", { name: "Budapest Convention, art. 19: Search and seizure of stored computer data" }).click();
  await expect(page).toHaveURL(/\/lineage\/budapest\/19$/u);
});

test("a Budapest article with no UN counterpart says so in our words", async ({ page }) => {
  await page.goto("/lineage/budapest/10");
  await expect(page.locator("[data-slot=no-counterpart]")).toContainText("no offence concerning copyright");
});

test("search jumps to an earlier treaty's article", async ({ page }) => {
  await page.goto("/search?q=UNTOC%2018");
  const first = page.getByRole("list", { name: "Search results" }).getByRole("link").first();
  await expect(first).toHaveAttribute("href", "/lineage/untoc/18");
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("UNTOC, article 18. Mutual legal assistance");
  await expect(page.getByRole("link", { name: /^Article 40\./u })).toBeVisible();
});

test.describe("the table filters with CSS alone", () => {
  test.use({ javaScriptEnabled: false });

  test("by treaty and by UN chapter, without JavaScript", async ({ page }) => {
    await page.goto("/lineage");
    await expect(row(page, 1)).toBeVisible();
    await expect(row(page, 28)).toBeVisible();
    await page.getByRole("radio", { name: "Budapest" }).check();
    await expect(row(page, 1), "UN 1 has no Budapest counterpart").toBeHidden();
    await expect(row(page, 28)).toBeVisible();
    await page.getByRole("radio", { name: "None of them" }).check();
    await expect(row(page, 28)).toBeHidden();
    await expect(row(page, 62)).toBeVisible();
    await page.getByRole("radio", { name: "Any" }).check();
    await page.getByRole("radio", { name: "IV", exact: true }).check();
    await expect(row(page, 28)).toBeVisible();
    await expect(row(page, 40), "chapter V is filtered out").toBeHidden();
    await expect(row(page, 62)).toBeHidden();
  });
});

for (const scheme of ["light", "dark"] as const) {
  for (const path of ["/lineage", "/lineage/budapest", "/lineage/budapest/19", "/lineage/uncac/46", "/articles/40"]) {
    test(`${path} has no WCAG A/AA violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page
        .locator("[data-slot=lineage-flows-text] summary")
        .click({ timeout: 1000 })
        .catch(() => undefined);
      expect(await axeReport(page), `${path} (${scheme})`).toEqual([]);
    });
  }
}
