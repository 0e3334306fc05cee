import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const INDEX = /\/search-index\.json(?:\?|$)/u;

/** Tabs from the top of the page until `target` has focus (keyboard only). */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("could not reach the element with Tab");
}

/** Waits until React has hydrated the header's search link (handlers attached). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector("header a[href='/search']");
    return link !== null && Object.keys(link).some((key) => key.startsWith("__reactProps"));
  });
}

/** Presses `/` until the dialog opens: a key pressed before hydration has no listener yet. */
async function openWithSlash(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Search the treaty" });
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("/");
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return dialog;
}

const results = (page: Page) => page.getByRole("list", { name: "Search results" }).getByRole("link");

test.describe("search page", () => {
  test("works by keyboard alone: type, submit, arrow into the results, open 2(h)", async ({ page }) => {
    await page.goto("/search");
    await hydrated(page);
    const box = page.getByRole("searchbox", { name: /search digests/i });
    await tabTo(page, box);
    await page.keyboard.type("serious crime");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=serious\+crime$/u);
    await expect(page.getByTestId("search-status")).toContainText(/results? for “serious crime”/u);
    const firstTwo = await results(page).evaluateAll((links) => links.slice(0, 2).map((link) => link.getAttribute("href")));
    expect([...firstTwo].sort()).toEqual(["/articles/2#h", "/terms/serious-crime"]);
    await expect(results(page).first().locator("mark").first()).toBeVisible();
    const steps = firstTwo.indexOf("/articles/2#h") + 1;
    for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
    await expect(page.locator(":focus")).toHaveAttribute("href", "/articles/2#h");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/articles\/2#h$/u);
    await expect(page.locator("#h")).toBeInViewport();
  });

  test("forgives a typo", async ({ page }) => {
    await page.goto("/search?q=extradtion");
    await expect(results(page).first()).toHaveAttribute("href", "/articles/37");
    await expect(results(page).first()).toHaveText("Extradition");
  });

  test("jumps to a pinpoint", async ({ page }) => {
    await page.goto("/search?q=art%2028.4");
    await expect(results(page).first()).toHaveAttribute("href", "/articles/28#p4");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toContainText("28(4)");
  });

  test("kind filter goes into the URL and Back restores the previous state", async ({ page }) => {
    await page.goto("/search?q=serious%20crime");
    const all = page.getByRole("button", { name: /^All \(\d+\)$/u });
    const terms = page.getByRole("button", { name: /^Terms \(\d+\)$/u });
    await expect(all).toHaveAttribute("aria-pressed", "true");
    await terms.click();
    await expect(page).toHaveURL(/[?&]kind=term(?:&|$)/u);
    await expect(terms).toHaveAttribute("aria-pressed", "true");
    await expect(results(page).first()).toHaveAttribute("href", "/terms/serious-crime");
    const metas = await page.getByRole("list", { name: "Search results" }).getByRole("listitem").locator("p").first().allTextContents();
    expect(metas.every((text) => text.startsWith("Term"))).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=serious(?:\+|%20)crime$/u);
    await expect(all).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("searchbox", { name: /search digests/i })).toHaveValue("serious crime");
  });

  test("typing replaces the history entry, submitting pushes one", async ({ page }) => {
    await page.goto("/search?q=serious%20crime");
    await expect(results(page).first()).toBeVisible();
    const box = page.getByRole("searchbox", { name: /search digests/i });
    await box.fill("");
    await box.pressSequentially("extradition");
    await expect(page).toHaveURL(/\?q=extradition$/u);
    const length = await page.evaluate(() => history.length);
    await box.press("Enter");
    await expect.poll(() => page.evaluate(() => history.length)).toBe(length + 1);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=serious(?:\+|%20)crime$/u);
    await expect(box).toHaveValue("serious crime");
    await page.goForward();
    await expect(box).toHaveValue("extradition");
  });

  test("filters by stakeholder group, in the URL", async ({ page }) => {
    await page.goto("/search?q=security%20researchers");
    await page.getByLabel("Stakeholder group").selectOption("technology-industry");
    await expect(page).toHaveURL(/[?&]group=technology-industry(?:&|$)/u);
    await expect(page.getByTestId("search-status")).toContainText("from Technology industry");
    await page.goto("/search?q=security%20researchers&kind=commentary&group=technology-industry");
    await expect(page.getByRole("button", { name: /^Commentary/u })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByLabel("Stakeholder group")).toHaveValue("technology-industry");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations with results shown (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/search?q=serious%20crime&kind=term");
      await expect(results(page).first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test("has no accessibility violations with all results shown", async ({ page }) => {
    await page.goto("/search?q=serious%20crime");
    await expect(results(page).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows a usable GET form, a note and a link to the contents", async ({ page }) => {
    await page.goto("/search");
    const form = page.locator("form[role=search]");
    await expect(form).toHaveAttribute("action", "/search");
    await expect(form).toHaveAttribute("method", "get");
    // The header button stays a plain link to the search page.
    await expect(page.getByRole("banner").getByRole("link", { name: /Search/u })).toHaveAttribute("href", "/search");
    // The form submits natively (GET /search?q=…).
    const box = form.locator("input[name=q]");
    await expect(box).toBeVisible();
    await box.fill("serious crime");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=serious\+crime$/u);
    // Playwright disables scripts without switching the HTML parser's scripting flag, so it never
    // renders <noscript>; check the note and its link in the HTML a script-less browser gets.
    const html = await (await page.request.get("/search")).text();
    const note = /<noscript>(.*?)<\/noscript>/su.exec(html)?.[1] ?? "";
    expect(note).toContain("needs JavaScript");
    expect(note).toContain('href="/chapters"');
  });
});

test.describe("quick search dialog", () => {
  test("opens with /, navigates with the arrows and Enter", async ({ page }) => {
    await page.goto("/articles/2");
    const dialog = await openWithSlash(page);
    const box = dialog.getByRole("combobox", { name: "Search the treaty" });
    await expect(box).toBeFocused();
    await page.keyboard.type("extradition");
    const options = dialog.getByRole("option");
    await expect(options.first()).toContainText("Extradition");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(dialog.getByRole("status")).toContainText(/results?\./u);
    await page.keyboard.press("ArrowDown");
    const active = await box.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    await expect(options.first()).toHaveAttribute("id", active!);
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/articles\/37$/u);
  });

  test("Esc closes it and focus returns to where it was", async ({ page }) => {
    await page.goto("/articles/28");
    await hydrated(page);
    const launcher = page.getByRole("banner").getByRole("link", { name: /^Search/u });
    await tabTo(page, launcher);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Search the treaty" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("combobox")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(launcher).toBeFocused();

    // Also from the keyboard shortcut, with focus elsewhere.
    const home = page.getByRole("banner").getByRole("link", { name: "Treaty Explorer" });
    await home.focus();
    await page.keyboard.press("ControlOrMeta+k");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(home).toBeFocused();
  });

  test("a page that is merely read downloads neither the index nor the search engine; opening search does", async ({ page }) => {
    const requested: string[] = [];
    const engineScripts: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    page.on("response", async (response) => {
      if (!response.url().endsWith(".js")) return;
      const body = await response.text().catch(() => "");
      // An error message of lib/search/engine.ts: minifiers keep string literals.
      if (body.includes("not a search index")) engineScripts.push(response.url());
    });
    await page.goto("/articles/28");
    await page.waitForLoadState("networkidle");
    await page.mouse.wheel(0, 2000);
    await page.keyboard.press("j");
    await page.waitForTimeout(500);
    expect(requested.filter((url) => INDEX.test(url))).toEqual([]);
    expect(engineScripts).toEqual([]);

    const index = page.waitForRequest(INDEX);
    const dialog = await openWithSlash(page);
    await index;
    await dialog.getByRole("combobox").fill("28(4)");
    await expect(dialog.getByRole("option").first()).toContainText("28(4)");
    expect(engineScripts.length).toBeGreaterThan(0);
  });

  test("keeps Tab inside the dialog", async ({ page }) => {
    await page.goto("/articles/2");
    const dialog = await openWithSlash(page);
    await dialog.getByRole("combobox").fill("serious crime");
    await expect(dialog.getByRole("option").first()).toBeVisible();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")))).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")))).toBe(true);
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations when open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/articles/2");
      const dialog = await openWithSlash(page);
      await dialog.getByRole("combobox").fill("serious crime");
      await expect(dialog.getByRole("option").first()).toBeVisible();
      await page.keyboard.press("ArrowDown");
      const { violations } = await new AxeBuilder({ page })
        .include("dialog[open]")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
