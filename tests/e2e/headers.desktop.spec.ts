/**
 * Security headers of the served site (serve.json via scripts/start.ts), and the pages working under
 * that Content-Security-Policy: no violation reported on load or when the theme toggle is used.
 */
import { expect, test, type APIResponse, type Page } from "@playwright/test";

/** Parses a CSP header into directive → sources. */
function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/u))
      .filter((tokens) => tokens[0])
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources]),
  );
}

function checkHeaders(response: APIResponse, what: string): string[] {
  const headers = response.headers();
  const problems: string[] = [];
  if (headers["x-content-type-options"]?.toLowerCase() !== "nosniff") problems.push(`${what}: X-Content-Type-Options is "${headers["x-content-type-options"]}"`);
  const referrer = headers["referrer-policy"]?.toLowerCase();
  if (!referrer || !["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].includes(referrer)) {
    problems.push(`${what}: Referrer-Policy is "${headers["referrer-policy"]}" (want one that never leaks full URLs cross-origin)`);
  }
  const xfo = headers["x-frame-options"]?.toUpperCase();
  if (xfo !== "DENY" && xfo !== "SAMEORIGIN") problems.push(`${what}: X-Frame-Options is "${headers["x-frame-options"]}"`);
  const cspHeader = headers["content-security-policy"];
  if (!cspHeader) {
    problems.push(`${what}: no Content-Security-Policy`);
  } else {
    const csp = parseCsp(cspHeader);
    if (csp.get("frame-ancestors")?.join(" ") !== "'none'") problems.push(`${what}: CSP frame-ancestors is "${csp.get("frame-ancestors")?.join(" ")}", not 'none'`);
    if (!csp.get("default-src")?.includes("'self'")) problems.push(`${what}: CSP has no default-src 'self'`);
    if (csp.get("object-src")?.join(" ") !== "'none'") problems.push(`${what}: CSP object-src is not 'none'`);
    if (!csp.has("base-uri")) problems.push(`${what}: CSP has no base-uri`);
    const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
    for (const source of scripts) {
      if (source === "*" || source === "'unsafe-eval'" || /^(https?:|data:|blob:)$/u.test(source)) problems.push(`${what}: CSP script-src allows ${source}`);
    }
  }
  return problems;
}

test("every kind of response carries the security headers", async ({ request }) => {
  const home = await request.get("/");
  const html = await home.text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/u.exec(html)?.[1];
  const style = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/u.exec(html)?.[1];
  expect(script, "the home page loads a script from /_next/static").toBeTruthy();
  expect(style, "the home page loads a stylesheet from /_next/static").toBeTruthy();
  const paths: Array<[string, number]> = [
    ["/", 200],
    ["/articles/28", 200],
    ["/articles/28/4", 200],
    ["/search", 200],
    ["/sitemap.xml", 200],
    ["/robots.txt", 200],
    ["/search-index.json", 200],
    [script!, 200],
    [style!, 200],
    ["/no-such-page", 404],
  ];
  const problems: string[] = [];
  for (const [path, status] of paths) {
    const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    problems.push(...checkHeaders(response, path));
  }
  expect(problems).toEqual([]);
  const immutable = await request.get(script!);
  expect(immutable.headers()["cache-control"], "hashed assets are cached for good").toMatch(/immutable/u);
});

test("the site cannot be framed by another page", async ({ page, baseURL, request }) => {
  expect((await request.get("/about")).status(), "the page itself is served").toBe(200);
  await page.setContent(`<!doctype html><title>framer</title><iframe id="f" src="${baseURL}/about" width="600" height="400"></iframe>`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame, "the iframe exists").toBeTruthy();
  // A blocked frame never gets the site's document: its URL is not the page's, or its document is empty.
  const framedText = await frame!.evaluate(() => document.body?.innerText ?? "").catch(() => "");
  expect(framedText, "the framed page's content must not render").not.toContain("About");
  expect(frame!.url(), "Chromium replaces a refused frame with its error page").toMatch(/^chrome-error:/u);
});

/** Collects CSP violations from before the first script runs, and CSP errors printed to the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      w.__csp.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/iu.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

const reported = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

test("the violation listener works (self-check): a blocked external script is reported", async ({ page }) => {
  const console = await watchCsp(page);
  await page.goto("/about");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.src = "https://evil.example/x.js";
    document.head.append(script);
  });
  await expect.poll(() => reported(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked https:\/\/evil\.example\/x\.js/u)]);
  await expect.poll(() => console.length).toBeGreaterThan(0);
});

for (const path of ["/", "/articles/28", "/search?q=serious%20crime", "/stakeholders"]) {
  test(`${path} loads, hydrates and switches theme with no CSP violation`, async ({ page }) => {
    const console = await watchCsp(page);
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const toggle = page.locator("[data-slot=theme-toggle]");
    await expect(toggle, "the theme toggle island hydrated").toBeVisible();
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const pressed = await toggle.getAttribute("aria-pressed");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", pressed === "true" ? "false" : "true");
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(before);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(pressed === "true" ? "light" : "dark");
    if (path.startsWith("/search")) await expect(page.locator('main a[href^="/articles/"], main a[href^="/terms/"]').first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await reported(page), "securitypolicyviolation events").toEqual([]);
    expect(console, "CSP errors in the console").toEqual([]);
  });
}
