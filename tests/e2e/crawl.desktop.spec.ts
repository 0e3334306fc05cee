/**
 * Link crawl of the built site (out/, served by scripts/start.ts, and by nginx in the "nginx"
 * project): breadth-first from `/` over every internal <a href>, checking that every link answers
 * 200, every #fragment names an element id, every page has its own title and description, and the
 * crawl and sitemap.xml agree.
 *
 * Uses the `request` fixture (plain HTTP, no browser) with ~8 requests in flight.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SITE_URL } from "../../lib/site";

const CONCURRENCY = 8;

interface Page {
  path: string;
  status: number;
  html: boolean;
  ids: Set<string>;
  title?: string;
  description?: string;
  /** Internal links found on the page: resolved path, fragment (or undefined), and the raw href. */
  links: Array<{ path: string; fragment?: string; href: string }>;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", "#x2F": "/", "#47": "/" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    if (/^#x/iu.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return whole;
  });
}

/** The markup minus <script>/<style> bodies and comments, so ids and hrefs inside RSC payloads do not count. */
function markupOnly(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/giu, "")
    .replace(/<style\b[\s\S]*?<\/style>/giu, "")
    .replace(/<!--[\s\S]*?-->/gu, "");
}

/** Value of one attribute in a start tag's text. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, "iu").exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? "");
}

function startTags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "giu"))].map((m) => m[0]);
}

const ORIGINS = new Set<string>();

/** Resolves an href found on `fromPath`; undefined for external links (other origins, mailto:, …). */
function internalTarget(href: string, fromPath: string, base: string): { path: string; fragment?: string } | undefined {
  const trimmed = href.trim();
  if (trimmed === "") return { path: fromPath };
  let url: URL;
  try {
    url = new URL(trimmed, new URL(fromPath, base));
  } catch {
    return { path: `__unparseable__:${trimmed}` };
  }
  if (!ORIGINS.has(url.origin)) return undefined;
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
  return { path: url.pathname, fragment };
}

function parsePage(path: string, status: number, contentType: string, body: string, base: string): Page {
  const html = /text\/html/iu.test(contentType);
  const page: Page = { path, status, html, ids: new Set(), links: [] };
  if (!html) return page;
  const head = /<head\b[\s\S]*?<\/head>/iu.exec(body)?.[0] ?? "";
  const titles = [...head.matchAll(/<title\b[^>]*>([\s\S]*?)<\/title>/giu)];
  page.title = titles.length === 1 ? decodeEntities(titles[0]?.[1] ?? "").trim() : titles.length === 0 ? undefined : `__${titles.length} titles__`;
  const descriptions = startTags(head, "meta").filter((tag) => attribute(tag, "name")?.toLowerCase() === "description");
  page.description =
    descriptions.length === 1
      ? attribute(descriptions[0] ?? "", "content")?.trim()
      : descriptions.length === 0
        ? undefined
        : `__${descriptions.length} descriptions__`;
  const markup = markupOnly(body);
  for (const match of markup.matchAll(/<[a-z][a-z0-9-]*\b[^>]*\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/giu)) page.ids.add(decodeEntities(match[1] ?? match[2] ?? ""));
  // Legacy <a name="…"> anchors also satisfy a fragment.
  for (const tag of startTags(markup, "a")) {
    const name = attribute(tag, "name");
    if (name) page.ids.add(name);
  }
  for (const tag of startTags(markup, "a")) {
    const href = attribute(tag, "href");
    if (href === undefined) continue;
    const target = internalTarget(href, path, base);
    if (target) page.links.push({ ...target, href });
  }
  return page;
}

async function fetchPage(request: APIRequestContext, path: string, base: string): Promise<Page> {
  const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
  const contentType = response.headers()["content-type"] ?? "";
  const body = /text\/html/iu.test(contentType) ? await response.text() : "";
  return parsePage(path, response.status(), contentType, body, base);
}

/** Runs `work` over a queue that may grow while it runs, with at most `limit` calls in flight. */
async function pool<T>(queue: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let inFlight = 0;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (next >= queue.length && inFlight === 0) return resolve();
      while (inFlight < limit && next < queue.length) {
        const item = queue[next++] as T;
        inFlight++;
        work(item).then(() => {
          inFlight--;
          pump();
        }, reject);
      }
    };
    pump();
  });
}

test("crawl: every internal link and anchor resolves, titles and descriptions are unique, the sitemap matches", async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const base = baseURL!;
  ORIGINS.add(new URL(base).origin);
  ORIGINS.add(new URL(SITE_URL).origin); // absolute links to the configured site URL are internal too

  // The server really answers unknown paths with 404, so a 200 below means something.
  const missing = await request.get("/no-such-page-for-the-crawl", { failOnStatusCode: false, maxRedirects: 0 });
  expect(missing.status(), "unknown paths must answer 404, or the crawl proves nothing").toBe(404);

  // Sitemap.
  const sitemapResponse = await request.get("/sitemap.xml");
  expect(sitemapResponse.status()).toBe(200);
  const sitemapXml = await sitemapResponse.text();
  const locs = [...sitemapXml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/gu)].map((m) => decodeEntities(m[1] ?? ""));
  expect(locs.length, "sitemap.xml lists URLs").toBeGreaterThan(50);
  const sitemapPaths = locs.map((loc) => new URL(loc).pathname);
  const duplicatesInSitemap = sitemapPaths.filter((path, i) => sitemapPaths.indexOf(path) !== i);
  expect(duplicatesInSitemap, "paths listed twice in sitemap.xml").toEqual([]);

  // Breadth-first crawl.
  const pages = new Map<string, Page>();
  const queued = new Set<string>(["/"]);
  const queue: string[] = ["/"];
  await pool(queue, CONCURRENCY, async (path) => {
    const page = await fetchPage(request, path, base);
    pages.set(path, page);
    if (page.status !== 200 || !page.html) return;
    for (const link of page.links) {
      if (queued.has(link.path) || link.path.startsWith("__unparseable__")) continue;
      queued.add(link.path);
      queue.push(link.path);
    }
  });

  const htmlPages = [...pages.values()].filter((page) => page.status === 200 && page.html);
  const problems = {
    brokenLinks: [] as string[],
    brokenAnchors: [] as string[],
    titles: [] as string[],
    descriptions: [] as string[],
    sitemap: [] as string[],
  };
  let linksChecked = 0;
  let anchorsChecked = 0;
  const anchorPairs = new Set<string>();
  for (const page of htmlPages) {
    for (const link of page.links) {
      linksChecked++;
      const target = pages.get(link.path);
      if (!target || target.status !== 200) {
        problems.brokenLinks.push(`${page.path}: href="${link.href}" → ${target ? target.status : "unparseable"}`);
        continue;
      }
      if (link.fragment === undefined || link.fragment === "") continue;
      anchorsChecked++;
      anchorPairs.add(`${link.path}#${link.fragment}`);
      if (!target.html || !target.ids.has(link.fragment))
        problems.brokenAnchors.push(`${page.path}: href="${link.href}" → no id="${link.fragment}" on ${link.path}`);
    }
  }

  // Titles and descriptions: present, non-empty and unique.
  const byTitle = new Map<string, string[]>();
  const byDescription = new Map<string, string[]>();
  for (const page of htmlPages) {
    if (!page.title) problems.titles.push(`${page.path}: no or empty <title>`);
    else byTitle.set(page.title, [...(byTitle.get(page.title) ?? []), page.path]);
    if (!page.description) problems.descriptions.push(`${page.path}: no or empty <meta name="description">`);
    else byDescription.set(page.description, [...(byDescription.get(page.description) ?? []), page.path]);
  }
  for (const [title, paths] of byTitle) if (paths.length > 1) problems.titles.push(`title "${title}" is shared by ${paths.join(", ")}`);
  for (const [description, paths] of byDescription) {
    if (paths.length > 1) problems.descriptions.push(`description "${description.slice(0, 80)}…" is shared by ${paths.join(", ")}`);
  }

  // Sitemap ↔ crawl.
  const inSitemap = new Set(sitemapPaths);
  for (const page of htmlPages) if (!inSitemap.has(page.path)) problems.sitemap.push(`crawled page ${page.path} is not in sitemap.xml`);
  const unvisited = sitemapPaths.filter((path) => !pages.has(path));
  const extra: Page[] = [];
  await pool([...unvisited], CONCURRENCY, async (path) => {
    extra.push(await fetchPage(request, path, base));
  });
  for (const path of sitemapPaths) {
    const page = pages.get(path) ?? extra.find((p) => p.path === path);
    if (page?.status !== 200) problems.sitemap.push(`sitemap URL ${path} answers ${page?.status}`);
  }
  const unreachable = extra.filter((page) => page.status === 200).map((page) => page.path);

  console.log(
    `crawl: ${pages.size} URLs fetched (${htmlPages.length} HTML pages), ${linksChecked} internal links checked (${queued.size} distinct targets), ` +
      `${anchorsChecked} anchored links checked (${anchorPairs.size} distinct anchors), ${sitemapPaths.length} sitemap URLs ` +
      `(${unreachable.length} not reachable by links${unreachable.length ? `: ${unreachable.slice(0, 10).join(", ")}` : ""})`,
  );

  expect(htmlPages.length, "the crawl reached the article pages").toBeGreaterThan(68);
  expect(anchorsChecked, "the crawl checked paragraph anchors").toBeGreaterThan(50);
  expect.soft(problems.brokenLinks, "broken internal links").toEqual([]);
  expect.soft(problems.brokenAnchors, "broken anchors").toEqual([]);
  expect.soft(problems.titles, "missing or duplicate titles").toEqual([]);
  expect.soft(problems.descriptions, "missing or duplicate descriptions").toEqual([]);
  expect.soft(problems.sitemap, "sitemap and crawl disagree").toEqual([]);
});
