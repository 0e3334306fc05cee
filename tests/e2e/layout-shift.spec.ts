/**
 * A reader's page must not jump: every page kind, on a phone and on a desktop, loads, hydrates
 * and settles with a layout shift total below 0.01 (the sum of every 'layout-shift' entry not
 * caused by input, which is at least the cumulative layout shift browsers report). Pages arrive
 * in pieces and their scripts late, as on a slow connection, so partial paints are measured too.
 */
import { expect, test, type Page } from "@playwright/test";
import { firstChild } from "./first-child";
import { startSlowHtmlProxy, type SlowHtmlProxy } from "./slow-html";

const LIMIT = 0.01;

interface Kind {
  kind: string;
  path?: string;
  /** The index whose first child page is the one measured. */
  firstOf?: string;
  /** What must be on screen before the page has settled (client-rendered content). */
  ready?: (page: Page) => Promise<void>;
}

const KINDS: Kind[] = [
  { kind: "home", path: "/" },
  { kind: "contents", path: "/chapters" },
  { kind: "chapter", path: "/chapters/iv" },
  { kind: "article", path: "/articles/28" },
  { kind: "long article", path: "/articles/40" },
  { kind: "pinpoint", path: "/articles/28/4" },
  { kind: "term", path: "/terms/serious-crime" },
  { kind: "terms index", path: "/terms" },
  { kind: "topic", firstOf: "/topics" },
  { kind: "topics index", path: "/topics" },
  { kind: "stakeholder", firstOf: "/stakeholders" },
  { kind: "stakeholders and matrix", path: "/stakeholders" },
  { kind: "source", firstOf: "/sources" },
  { kind: "sources index", path: "/sources" },
  { kind: "timeline", path: "/timeline" },
  { kind: "about", path: "/about" },
  { kind: "preamble", path: "/preamble" },
  {
    kind: "search with a query",
    path: "/search?q=serious%20crime",
    ready: async (page) => expect(page.locator('main a[href^="/articles/"]').first(), "search results").toBeVisible(),
  },
  { kind: "not found", path: "/no-such-page" },
];

const VIEWPORTS = [
  { name: "phone", use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  { name: "desktop", use: { viewport: { width: 1440, height: 900 } } },
];

/** Every layout shift so far, with the elements that moved, read from the buffered entries. */
function layoutShifts(page: Page): Promise<Array<{ value: number; sources: string[] }>> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null }> };
        const describe = (node: Node | null | undefined) =>
          node instanceof Element
            ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${node.getAttribute("data-slot") ? `[data-slot=${node.getAttribute("data-slot")}]` : ""}`
            : String(node?.nodeName);
        const seen: Shift[] = [];
        const observer = new PerformanceObserver((list) => seen.push(...(list.getEntries() as Shift[])));
        observer.observe({ type: "layout-shift", buffered: true });
        // Buffered entries are delivered to the callback in a task of their own; read them after it.
        setTimeout(() => {
          seen.push(...(observer.takeRecords() as Shift[]));
          observer.disconnect();
          resolve(seen.filter((e) => !e.hadRecentInput).map((e) => ({ value: e.value, sources: (e.sources ?? []).map((s) => describe(s.node)) })));
        }, 50);
      }),
  );
}

/**
 * Holds back the site's scripts so the browser paints the server-rendered page before React
 * hydrates, as on a slow phone network: whatever hydration changes then shows up as a shift.
 */
async function delayScripts(page: Page): Promise<void> {
  await page.route("**/_next/static/**/*.js", async (route) => {
    await new Promise((wait) => setTimeout(wait, 400));
    await route.continue();
  });
}

/** Loads, waits for hydration (the theme toggle reports the scheme only once React runs) and lets late work land. */
async function settle(page: Page, kind: Kind): Promise<void> {
  await expect(page.locator("[data-slot=theme-toggle]")).toHaveAttribute("aria-pressed", /true|false/);
  await kind.ready?.(page);
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 300)));
}

let slow: SlowHtmlProxy;
test.beforeAll(async ({ baseURL }) => {
  slow = await startSlowHtmlProxy(baseURL!);
});
test.afterAll(async () => slow.close());

for (const viewport of VIEWPORTS) {
  test.describe(`layout shift, ${viewport.name}`, () => {
    test.use(viewport.use);
    for (const kind of KINDS) {
      test(`${kind.kind} does not move after first paint`, async ({ page }) => {
        const path = kind.path ?? (await firstChild(page, kind.firstOf!));
        await delayScripts(page);
        await page.goto(slow.origin + path);
        await settle(page, kind);
        const shifts = await layoutShifts(page);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        expect(total, `layout shift on ${path} (${viewport.name}): ${JSON.stringify(shifts)}`).toBeLessThan(LIMIT);
      });
    }

    test("a stored dark theme is applied before paint, without a shift", async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await delayScripts(page);
      await page.goto(slow.origin + "/articles/28");
      await settle(page, { kind: "article" });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
      const total = (await layoutShifts(page)).reduce((sum, shift) => sum + shift.value, 0);
      expect(total).toBeLessThan(LIMIT);
    });
  });
}

test("the measurement sees a shift when one happens (self-check)", async ({ page }) => {
  await page.goto("/about");
  await settle(page, { kind: "about" });
  await page.evaluate(() => {
    const main = document.getElementById("main")!;
    const block = document.createElement("div");
    block.style.height = "200px";
    main.prepend(block);
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const total = (await layoutShifts(page)).reduce((sum, shift) => sum + shift.value, 0);
  expect(total).toBeGreaterThan(LIMIT);
});

test("pages are measured while still arriving: the browser paints before the last piece of HTML (self-check)", async ({ page }) => {
  await page.goto(slow.origin + "/stakeholders");
  const timing = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity,
    lastByte: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseEnd,
  }));
  expect(timing.firstPaint).toBeLessThan(timing.lastByte);
});
