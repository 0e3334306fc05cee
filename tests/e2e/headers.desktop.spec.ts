/**
 * The built site as a server sends it: by `npm start` (serve with serve.json, project "desktop")
 * and by nginx with deploy/nginx/site.conf (project "nginx"). The same checks hold for both:
 * security headers on every response with a body, each page's own script policy, caching by kind
 * of file, compression, clean URLs and the 404 status.
 */
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { href } from "../../lib/graph/hrefs";
import { inlineScriptHashes, metaPolicy, parseCsp } from "./policy";

const UNSAFE_SCRIPT_SOURCE = (source: string) =>
  source === "*" || source === "'unsafe-inline'" || source === "'unsafe-eval'" || /^(https?:|data:|blob:)$/u.test(source);

/** Problems with the headers every response carries. */
function headerProblems(response: APIResponse, what: string): string[] {
  const headers = response.headers();
  const problems: string[] = [];
  if (headers["x-content-type-options"]?.toLowerCase() !== "nosniff")
    problems.push(`${what}: X-Content-Type-Options is "${headers["x-content-type-options"]}"`);
  const referrer = headers["referrer-policy"]?.toLowerCase();
  if (!referrer || !["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].includes(referrer)) {
    problems.push(`${what}: Referrer-Policy is "${headers["referrer-policy"]}" (want one that never leaks full URLs cross-origin)`);
  }
  const xfo = headers["x-frame-options"]?.toUpperCase();
  if (xfo !== "DENY" && xfo !== "SAMEORIGIN") problems.push(`${what}: X-Frame-Options is "${headers["x-frame-options"]}"`);
  const header = headers["content-security-policy"];
  if (!header) return [...problems, `${what}: no Content-Security-Policy header`];
  const csp = parseCsp(header);
  if (csp.get("frame-ancestors")?.join(" ") !== "'none'")
    problems.push(`${what}: CSP frame-ancestors is "${csp.get("frame-ancestors")?.join(" ")}", not 'none'`);
  if (csp.get("object-src")?.join(" ") !== "'none'") problems.push(`${what}: CSP object-src is not 'none'`);
  if (!csp.has("base-uri")) problems.push(`${what}: CSP has no base-uri`);
  for (const source of csp.get("script-src") ?? csp.get("default-src") ?? [])
    if (UNSAFE_SCRIPT_SOURCE(source)) problems.push(`${what}: CSP header allows scripts from ${source}`);
  return problems;
}

/** Problems with a page's own policy: present before any script, and allowing exactly its inline scripts. */
function pagePolicyProblems(html: string, what: string): string[] {
  const meta = metaPolicy(html);
  if (!meta) return [`${what}: no <meta http-equiv="Content-Security-Policy">`];
  const problems: string[] = [];
  const firstScript = html.search(/<script\b/iu);
  if (firstScript !== -1 && firstScript < meta.index) problems.push(`${what}: a <script> comes before the page's policy`);
  const csp = parseCsp(meta.policy);
  if (csp.get("default-src")?.join(" ") !== "'self'") problems.push(`${what}: page policy default-src is "${csp.get("default-src")?.join(" ")}"`);
  const scripts = csp.get("script-src") ?? [];
  for (const source of scripts) if (UNSAFE_SCRIPT_SOURCE(source)) problems.push(`${what}: page policy allows scripts from ${source}`);
  const allowed = new Set(scripts.filter((source) => source.startsWith("'sha256-")));
  const needed = inlineScriptHashes(html);
  if (!scripts.includes("'self'")) problems.push(`${what}: page policy does not allow the site's own script files`);
  for (const hash of needed) if (!allowed.has(hash)) problems.push(`${what}: inline script ${hash} is not allowed`);
  for (const hash of allowed) if (!needed.has(hash)) problems.push(`${what}: policy allows ${hash}, which is no inline script of the page`);
  if (scripts.length !== allowed.size + 1) problems.push(`${what}: page script-src has sources other than 'self' and hashes: ${scripts.join(" ")}`);
  return problems;
}

async function firstAssets(request: APIRequestContext): Promise<{ script: string; style: string }> {
  const html = await (await request.get("/")).text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/u.exec(html)?.[1];
  const style = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/u.exec(html)?.[1];
  expect(script, "the home page loads a script from /_next/static").toBeTruthy();
  expect(style, "the home page loads a stylesheet from /_next/static").toBeTruthy();
  return { script: script!, style: style! };
}

const PAGES = ["/", href.article(28), href.pinpointPage("28(4)"), href.search(), href.about(), href.term("serious-crime")];
const FILES = ["/sitemap.xml", "/robots.txt", "/search-index.json", "/icon.svg", `${href.article(28)}.txt`];
const NOT_FOUND = ["/no-such-page", "/_next/static/no-such-chunk.js"];

test("every response with a body carries the security headers, and every page its own script policy", async ({ request }) => {
  const { script, style } = await firstAssets(request);
  const problems: string[] = [];
  for (const [paths, status] of [
    [[...PAGES, ...FILES, script, style], 200],
    [NOT_FOUND, 404],
  ] as const) {
    for (const path of paths) {
      const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      problems.push(...headerProblems(response, path));
      if (/text\/html/u.test(response.headers()["content-type"] ?? "")) problems.push(...pagePolicyProblems(await response.text(), path));
    }
  }
  expect(problems).toEqual([]);
});

test("unknown paths answer 404 with the not-found page", async ({ request }) => {
  for (const path of NOT_FOUND) {
    const response = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toMatch(/^text\/html/u);
    expect(await response.text(), path).toContain("Page not found");
  }
});

test("clean URLs: pages answer without .html, and .html or a trailing slash redirects there", async ({ request }) => {
  const article = href.article(28);
  const page = await request.get(article, { maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("<h1");
  for (const variant of [`${article}.html`, `${article}/`]) {
    const response = await request.get(variant, { failOnStatusCode: false, maxRedirects: 0 });
    expect([301, 308], `${variant} redirects`).toContain(response.status());
    expect(new URL(response.headers()["location"] ?? "", "http://host").pathname, `${variant} redirects to the clean URL`).toBe(article);
  }
});

test("caching: hashed build output is kept for a year, everything else revalidates with an ETag", async ({ request }) => {
  const { script, style } = await firstAssets(request);
  for (const path of [script, style]) {
    const cache = (await request.get(path)).headers()["cache-control"] ?? "";
    expect(cache, path).toMatch(/max-age=31536000/u);
    expect(cache, path).toMatch(/immutable/u);
  }
  for (const path of [...PAGES, ...FILES]) {
    const response = await request.get(path);
    const cache = response.headers()["cache-control"] ?? "";
    expect(cache, `${path} is revalidated`).toMatch(/no-cache|max-age=0.*must-revalidate/u);
    const etag = response.headers()["etag"];
    expect(etag, `${path} has a validator`).toBeTruthy();
    const again = await request.get(path, { headers: { "if-none-match": etag! }, failOnStatusCode: false });
    expect(again.status(), `${path} answers 304 Not Modified to its ETag`).toBe(304);
  }
});

test("compression: pages, scripts, styles and the search index are sent compressed", async ({ request }) => {
  const { script, style } = await firstAssets(request);
  for (const path of [href.article(28), script, style, "/search-index.json", "/sitemap.xml"]) {
    const response = await request.get(path, { headers: { "accept-encoding": "gzip, br" } });
    expect(response.headers()["content-encoding"], path).toMatch(/^(gzip|br)$/u);
    expect(response.headers()["vary"] ?? "", `${path} varies by Accept-Encoding`).toMatch(/accept-encoding/iu);
  }
});

test("the site cannot be framed by another page", async ({ page, baseURL, request }) => {
  expect((await request.get(href.about())).status(), "the page itself is served").toBe(200);
  await page.setContent(`<!doctype html><title>framer</title><iframe id="f" src="${baseURL}${href.about()}" width="600" height="400"></iframe>`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame, "the iframe exists").toBeTruthy();
  // A blocked frame never gets the site's document: its URL is not the page's, or its document is empty.
  const framedText = await frame!.evaluate(() => document.body?.innerText ?? "").catch(() => "");
  expect(framedText, "the framed page's content must not render").not.toContain("About");
  expect(frame!.url(), "Chromium replaces a refused frame with its error page").toMatch(/^chrome-error:/u);
});
