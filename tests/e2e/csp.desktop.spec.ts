/**
 * The pages under their strict Content-Security-Policy, in Chromium, served by `npm start` and by
 * nginx: every page kind loads and hydrates with no violation, the inline scripts the build
 * allowed run, the features work, and an inline script injected into a built page is blocked.
 */
import { expect, test, type Page } from "@playwright/test";
import { href } from "../../lib/graph/hrefs";

/** Collects CSP violations from before the first script runs, and CSP errors printed to the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const console: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__csp.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/iu.test(message.text())) console.push(`console: ${message.text()}`);
  });
  return console;
}

const reported = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const themeToggle = (page: Page) => page.locator("[data-slot=theme-toggle]");

test("the violation listener works (self-check): a blocked external script is reported", async ({ page }) => {
  const console = await watchCsp(page);
  await page.goto(href.about());
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.src = "https://evil.example/x.js";
    document.head.append(script);
  });
  await expect.poll(() => reported(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked https:\/\/evil\.example\/x\.js/u)]);
  await expect.poll(() => console.length).toBeGreaterThan(0);
});

const PAGE_KINDS = [
  href.home(),
  href.about(),
  href.preamble(),
  href.timeline(),
  href.chapters(),
  href.chapter("IV"),
  href.article(28),
  href.pinpointPage("28(4)"),
  href.pinpointPage("11(1)(a)"),
  href.terms(),
  href.term("serious-crime"),
  href.topics(),
  href.topic("child-protection"),
  href.stakeholders(),
  href.stakeholder({ id: "us-executive", group: "us-executive" }),
  href.sources(),
  href.source("blog-us-declines-to-sign"),
  href.search("serious crime"),
  "/no-such-page",
];

test("every page kind loads and hydrates with no CSP violation", async ({ page }) => {
  test.setTimeout(90_000);
  const console = await watchCsp(page);
  const problems: string[] = [];
  for (const path of PAGE_KINDS) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
    await expect(themeToggle(page), `${path}: the theme toggle island hydrated`).toBeVisible();
    if (path.startsWith("/search")) await expect(page.locator('main a[href^="/articles/"], main a[href^="/terms/"]').first()).toBeVisible();
    problems.push(...(await reported(page)).map((violation) => `${path}: ${violation}`));
  }
  expect(problems, "securitypolicyviolation events").toEqual([]);
  expect(console, "CSP errors in the console").toEqual([]);
});

test("the inline scripts the build allowed run: stored theme applied before paint, Next.js data scripts executed", async ({ page }) => {
  const console = await watchCsp(page);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  // With the script files refused, only the page's inline scripts can act.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto(href.article(28));
  expect(await page.evaluate(() => document.documentElement.dataset.theme), "the theme script ran").toBe("dark");
  const pushed = await page.evaluate(() => (window as unknown as { __next_f?: unknown[] }).__next_f?.length ?? 0);
  expect(pushed, "the Next.js data scripts ran").toBeGreaterThan(1);
  expect(await reported(page)).toEqual([]);
  expect(console).toEqual([]);
});

for (const path of [href.home(), href.article(28)]) {
  test(`${path}: the theme toggle works with no CSP violation`, async ({ page }) => {
    const console = await watchCsp(page);
    await page.goto(path);
    const toggle = themeToggle(page);
    await expect(toggle, "the theme toggle island hydrated").toBeVisible();
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const pressed = await toggle.getAttribute("aria-pressed");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", pressed === "true" ? "false" : "true");
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(before);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(pressed === "true" ? "light" : "dark");
    expect(await reported(page)).toEqual([]);
    expect(console).toEqual([]);
  });
}

test("search dialog, client-side navigation, copy link and lens work with no CSP violation", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const console = await watchCsp(page);
  await page.goto(href.article(2));
  await expect(themeToggle(page)).toBeVisible();
  const dialog = page.getByRole("dialog", { name: "Search the treaty" });
  await expect(async () => {
    if (!(await dialog.isVisible())) await page.keyboard.press("/");
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await dialog.getByRole("combobox", { name: "Search the treaty" }).fill("extradition");
  await expect(dialog.getByRole("option").first()).toContainText("Extradition");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/37$/u);

  await page.goto(`${href.article(28)}#p4`);
  await page.locator("#p4").getByRole("button", { name: "Copy link" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${href.article(28)}#p4`);

  await page.goto(href.article(40, { lens: "technology-industry" }));
  const lens = page.locator("[data-slot=lens]");
  await expect(lens.getByRole("checkbox", { name: /Technology industry/iu })).toBeChecked();
  await expect(page.locator("[data-lens-slot][hidden]").first()).toBeAttached();
  await lens.getByRole("button", { name: "Clear lens" }).click();
  await expect(page.locator("[data-lens-slot][hidden]")).toHaveCount(0);

  expect(await reported(page)).toEqual([]);
  expect(console).toEqual([]);
});

test("an inline script injected into a built page is blocked and reported", async ({ page }) => {
  const console = await watchCsp(page);
  const path = href.article(28);
  // Serve the real page with injected markup, as a stored-XSS flaw would: same headers, same policy.
  // Only the page itself: another request for the same path (a prefetch) passes through untouched.
  await page.route(`**${path}`, async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !["content-encoding", "content-length"].includes(name)));
    const body = (await response.text()).replace(
      "</main>",
      `<script>window.__injected = "script";</script><img src="data:," alt="" onerror="window.__injected = 'handler'"></main>`,
    );
    await route.fulfill({ response, headers, body });
  });
  await page.goto(path);
  await expect(themeToggle(page), "the page's own scripts still run").toBeVisible();
  await expect
    .poll(() => reported(page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem blocked inline/u), expect.stringMatching(/^script-src-attr blocked inline/u)]));
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected), "the injected code never ran").toBeUndefined();
  expect(console.length).toBeGreaterThan(0);
});
