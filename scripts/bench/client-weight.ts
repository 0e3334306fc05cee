/**
 * Client weight per page kind: gzip bytes of the HTML, JS and CSS a modern browser downloads on
 * first load, beside the floor (an empty Next.js page, see floor.ts).
 *
 * Preferred: a real browser. Headless Chromium (tests/e2e/chromium.ts) loads each page from the
 * served site with a fresh cache; every response until the network is idle (plus a short grace
 * for lazy chunks and link prefetches) is recorded, its body gzipped here (zlib, default level)
 * so sizes compare exactly with the floor, and /search-index.json is looked for among the
 * requests. Fallback when no browser can start: static analysis of the built HTML
 * (<script src> without nomodule, <link rel=stylesheet>, preload/modulepreload), files read
 * from out/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { href } from "../../lib/graph/hrefs";

export interface PageKind {
  kind: string;
  path: string;
}

export interface PageWeight {
  kind: string;
  path: string;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  /** Everything else fetched on load: RSC prefetches of visible links, fonts, images, JSON. */
  otherGzip: number;
  jsFiles: number;
  /** Bytes on the wire as the browser reports them (compressed by the server), all resources. */
  transferred?: number;
  searchIndexLoaded: boolean;
  requests: number;
  status: number;
}

export interface WeightResult {
  method: "browser" | "static";
  note?: string;
  pages: PageWeight[];
  floor: PageWeight;
}

const gz = (data: Buffer | string) => gzipSync(data).byteLength;

/** Same-origin path of a URL, without query. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export async function measureInBrowser(site: { url: string }, pages: PageKind[], floor: { url: string }): Promise<Omit<WeightResult, "method">> {
  const { chromium } = await import("@playwright/test");
  const { chromiumExecutable, CHROMIUM_ARGS } = await import("../../tests/e2e/chromium");
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const measure = async (base: string, page: PageKind): Promise<PageWeight> => {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const tab = await context.newPage();
      const seen: Array<Promise<{ type: string; path: string; gzip: number; transferred: number }>> = [];
      tab.on("response", (response) => {
        const request = response.request();
        seen.push(
          (async () => {
            const body = await response.body().catch(() => Buffer.alloc(0));
            const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
            // Chromium reports Content-Length as the body size of a HEAD response, but no body travels.
            const head = request.method() === "HEAD";
            return {
              type: request.resourceType(),
              path: pathOf(response.url()),
              gzip: !head && body.byteLength > 0 ? gz(body) : 0,
              transferred: (head ? 0 : sizes.responseBodySize) + sizes.responseHeadersSize,
            };
          })(),
        );
      });
      const response = await tab.goto(`${base}${page.path}`, { waitUntil: "load" });
      await tab.waitForLoadState("networkidle").catch(() => {});
      await tab.waitForTimeout(750);
      await tab.waitForLoadState("networkidle").catch(() => {});
      const entries = await Promise.all(seen);
      await context.close();
      const sum = (types: string[] | ((type: string) => boolean)) =>
        entries.filter((e) => (typeof types === "function" ? types(e.type) : types.includes(e.type))).reduce((total, e) => total + e.gzip, 0);
      return {
        kind: page.kind,
        path: page.path,
        htmlGzip: sum(["document"]),
        jsGzip: sum(["script"]),
        cssGzip: sum(["stylesheet"]),
        otherGzip: sum((type) => !["document", "script", "stylesheet"].includes(type)),
        jsFiles: entries.filter((e) => e.type === "script").length,
        transferred: entries.reduce((total, e) => total + e.transferred, 0),
        searchIndexLoaded: entries.some((e) => e.path.endsWith("/search-index.json")),
        requests: entries.length,
        status: response?.status() ?? 0,
      };
    };
    const floorWeight = await measure(floor.url, { kind: "floor", path: "/" });
    const weights: PageWeight[] = [];
    for (const page of pages) weights.push(await measure(site.url, page));
    return { pages: weights, floor: floorWeight };
  } finally {
    await browser.close();
  }
}

/** The HTML file a clean URL maps to in out/. */
export function htmlFileFor(outDir: string, path: string): string {
  return path === "/" ? join(outDir, "index.html") : join(outDir, `${path.replace(/^\//u, "")}.html`);
}

const ATTRIBUTE = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "iu").exec(tag);
const attr = (tag: string, name: string) => {
  const match = ATTRIBUTE(tag, name);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : undefined;
};

/** Static analysis of one built page: what its HTML makes a module-capable browser fetch. */
export function measureStatic(outDir: string, page: PageKind): PageWeight {
  const file = htmlFileFor(outDir, page.path);
  const html = readFileSync(file);
  const text = html.toString("utf8");
  const js = new Set<string>();
  const css = new Set<string>();
  for (const match of text.matchAll(/<script\b[^>]*>/giu)) {
    const tag = match[0];
    const src = attr(tag, "src");
    if (src && !/\snomodule\b/iu.test(tag)) js.add(src);
  }
  for (const match of text.matchAll(/<link\b[^>]*>/giu)) {
    const tag = match[0];
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/u);
    const href = attr(tag, "href");
    if (!href) continue;
    if (rel.includes("stylesheet")) css.add(href);
    else if (rel.includes("modulepreload") || (rel.includes("preload") && attr(tag, "as") === "script")) js.add(href);
    else if (rel.includes("preload") && attr(tag, "as") === "style") css.add(href);
  }
  const size = (urls: Set<string>) =>
    [...urls].reduce((total, url) => {
      const path = join(outDir, pathOf(`http://x${url.startsWith("/") ? "" : "/"}${url}`));
      return total + (existsSync(path) ? gz(readFileSync(path)) : 0);
    }, 0);
  return {
    kind: page.kind,
    path: page.path,
    htmlGzip: gz(html),
    jsGzip: size(js),
    cssGzip: size(css),
    otherGzip: 0,
    jsFiles: js.size,
    searchIndexLoaded: /<link\b[^>]*search-index\.json/iu.test(text),
    requests: 1 + js.size + css.size,
    status: 200,
  };
}

/** Gzip size of every article page's HTML (/articles/N), largest first. */
export function articleHtmlSizes(outDir: string): Array<{ path: string; gzip: number; raw: number }> {
  const dir = join(outDir, "articles");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d+\.html$/u.test(name))
    .map((name) => {
      const html = readFileSync(join(dir, name));
      return { path: href.article(Number(name.slice(0, -5))), gzip: gz(html), raw: html.byteLength };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
