/**
 * Accessibility: axe-core (WCAG 2.0/2.1 A and AA, 2.2 AA) on one page of every kind, in the light and
 * the dark colour scheme, and a keyboard-only journey (skip link, visible focus, the `?` dialog).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { firstChild } from "./first-child";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe with the WCAG tags. Keep axe's default result types: `resultTypes: ["violations"]` looks
 * faster but makes axe 4.x drop target-size violations (seen on the home page's contents list).
 */
async function axeViolations(page: Page): Promise<{ report: string[]; ids: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.passes.length, "axe ran its checks").toBeGreaterThan(5);
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/gu, "\n      ")}`).join("\n")}`,
  );
  return { report, ids: results.violations.map((v) => v.id) };
}

interface PageKind {
  kind: string;
  /** A fixed path, or the index page whose first child is the page to check. */
  path?: string;
  firstOf?: string;
  status?: number;
  /** Waits for client-rendered content before axe runs. */
  ready?: (page: Page) => Promise<void>;
}

const KINDS: PageKind[] = [
  { kind: "home", path: "/" },
  { kind: "chapter", path: "/chapters/v" },
  { kind: "article 28", path: "/articles/28" },
  { kind: "article 2", path: "/articles/2" },
  { kind: "pinpoint 2(h)", path: "/articles/2/h" },
  { kind: "pinpoint 28(4)", path: "/articles/28/4" },
  { kind: "term", path: "/terms/serious-crime" },
  { kind: "terms index", path: "/terms" },
  { kind: "topic", firstOf: "/topics" },
  { kind: "topics index", path: "/topics" },
  { kind: "stakeholder", firstOf: "/stakeholders" },
  {
    kind: "stakeholders index",
    path: "/stakeholders",
    ready: async (page) => expect(page.locator("main table").first(), "the stakeholder × article matrix").toBeVisible(),
  },
  { kind: "source", firstOf: "/sources" },
  { kind: "sources index", path: "/sources" },
  { kind: "timeline", path: "/timeline" },
  { kind: "about", path: "/about" },
  { kind: "preamble", path: "/preamble" },
  {
    kind: "search",
    path: "/search?q=serious%20crime",
    ready: async (page) => expect(page.locator('main a[href^="/articles/"], main a[href^="/terms/"]').first(), "search results").toBeVisible(),
  },
  { kind: "404", path: "/no-such-page", status: 404 },
];

test("axe catches injected violations (self-check)", async ({ page }) => {
  await page.goto("/about");
  // Inject after hydration, or React's hydration may put the server markup back over it.
  await expect(page.locator("[data-slot=theme-toggle]")).toBeVisible();
  await page.evaluate(() => {
    const main = document.getElementById("main")!;
    main.insertAdjacentHTML(
      "afterbegin",
      '<p style="color:#ddd;background:#fff">Low contrast text</p><p><a href="/a" style="display:inline-block;width:10px;height:10px;font-size:8px">a</a><a href="/b" style="display:inline-block;width:10px;height:10px;font-size:8px">b</a></p><img src="/icon.svg">',
    );
  });
  const { ids } = await axeViolations(page);
  expect(ids).toEqual(expect.arrayContaining(["color-contrast", "target-size", "image-alt"]));
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    for (const kind of KINDS) {
      test(`${kind.kind} has no WCAG A/AA violations`, async ({ page }) => {
        const path = kind.path ?? (await firstChild(page, kind.firstOf!));
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(kind.status ?? 200);
        // The page really is in the scheme under test (the toggle island reports it once hydrated).
        await expect(page.locator("[data-slot=theme-toggle]")).toHaveAttribute("aria-pressed", scheme === "dark" ? "true" : "false");
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/gu) ?? []).map(Number);
        const lightness = (r + g + b) / 3 / 255;
        expect(scheme === "dark" ? lightness < 0.25 : lightness > 0.75, `background ${background} fits the ${scheme} scheme`).toBe(true);
        await kind.ready?.(page);
        const { report } = await axeViolations(page);
        expect(report, `axe violations on ${path} (${scheme})`).toEqual([]);
      });
    }
  });
}

test.describe("keyboard only", () => {
  test("the skip link comes first and moves focus to the main content", async ({ page }) => {
    await page.goto("/articles/28");
    await page.keyboard.press("Tab");
    const skip = page.locator("a.skip-link");
    await expect(skip).toBeFocused();
    await expect(skip).toHaveText(/skip to content/i);
    await expect(skip, "the focused skip link is on screen").toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.getElementById("main")!.contains(document.activeElement))).toBe(true);
  });

  test("every element reached by Tab shows a visible focus outline", async ({ page }) => {
    await page.goto("/articles/28");
    const seen: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`,
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          boxShadow: style.boxShadow,
        };
      });
      if (!focus) continue;
      seen.push(focus.what);
      const visible = (focus.outlineStyle !== "none" && focus.outlineWidth > 0) || (focus.boxShadow !== "none" && focus.boxShadow !== "");
      if (!visible) invisible.push(`${focus.what}: outline ${focus.outlineStyle} ${focus.outlineWidth}px`);
    }
    expect(seen.length, "Tab reached focusable elements").toBeGreaterThanOrEqual(15);
    expect(invisible, "focused elements without a visible focus indicator").toEqual([]);
  });

  test("on an article page ? opens the shortcuts dialog and Esc closes it", async ({ page }) => {
    await page.goto("/articles/28");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeHidden();
    // Wait for hydration: the theme toggle is a client island rendered only after it.
    await expect(page.locator("[data-slot=theme-toggle]")).toBeVisible();
    await page.keyboard.press("?");
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), "focus moves into the dialog").toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });
});
