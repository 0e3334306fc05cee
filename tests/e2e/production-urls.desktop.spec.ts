/**
 * A build for a public address names that address only: no localhost in any page, payload,
 * sitemap, feed or citation of out/, and absolute URLs made from SITE_URL. Reads out/ from disk;
 * `npm test` builds it with SITE_URL=https://treaty.example (see playwright.config.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { SITE_URL } from "../../lib/site";

const OUT = resolve(import.meta.dirname, "..", "..", "out");
const TEXT_FILE = /(\.(html|txt|xml|json|js|css|svg|webmanifest|rss|atom)|\/_headers)$/u;
const LOCAL = /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/giu;
// Bundled libraries mention "localhost" in code (a URL parser); only a URL with a local host counts there.
const LOCAL_URL = /\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])/giu;

function textFiles(): string[] {
  return readdirSync(OUT, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => TEXT_FILE.test(path));
}

function read(path: string): string {
  return readFileSync(resolve(OUT, path), "utf8");
}

test.beforeAll(() => {
  const sitemapOrigin = /^Sitemap: (\S+)$/mu.exec(read("robots.txt"))?.[1];
  expect(
    sitemapOrigin && new URL(sitemapOrigin).origin,
    `out/ must be built for SITE_URL=${SITE_URL}: run \`SITE_URL=${SITE_URL} npm run build\` (npm test does)`,
  ).toBe(SITE_URL);
  expect(new URL(SITE_URL).hostname, "these checks need a build for a public address").not.toMatch(LOCAL);
});

test("no file of the build names a local address", () => {
  const files = textFiles();
  expect(files.length, "out/ holds the built site").toBeGreaterThan(200);
  const problems: string[] = [];
  for (const path of files) {
    const text = readFileSync(path, "utf8");
    const pattern = /\.(js|css)$/u.test(path) ? LOCAL_URL : LOCAL;
    for (const match of text.matchAll(pattern)) problems.push(`${relative(OUT, path)}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
  }
  expect(problems).toEqual([]);
});

test("the sitemap, robots.txt, canonical links, Open Graph URLs and citations use SITE_URL", () => {
  const locs = [...read("sitemap.xml").matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/gu)].map((m) => m[1]!);
  expect(locs.length).toBeGreaterThan(50);
  expect(
    locs.filter((loc) => !loc.startsWith(`${SITE_URL}/`)),
    "sitemap URLs elsewhere",
  ).toEqual([]);
  expect(read("robots.txt")).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);

  const absolute: string[] = [];
  const citations: string[] = [];
  for (const path of textFiles().filter((file) => file.endsWith(".html"))) {
    const html = readFileSync(path, "utf8");
    for (const tag of html.match(/<(link|meta)\b[^>]*>/giu) ?? []) {
      if (/rel="canonical"|property="og:(url|image)"|name="twitter:image"/u.test(tag)) absolute.push(/(?:href|content)="([^"]*)"/u.exec(tag)?.[1] ?? tag);
    }
    for (const match of html.matchAll(/data-slot="citation"[^>]*>([\s\S]*?)<\/p>/gu)) citations.push(match[1]!.replace(/<!-- -->/gu, ""));
  }
  expect(absolute.length, "pages carry canonical links").toBeGreaterThan(60);
  expect(
    absolute.filter((url) => !url.startsWith(`${SITE_URL}/`)),
    "canonical and Open Graph URLs elsewhere",
  ).toEqual([]);
  expect(citations.length, "article pages carry citations").toBeGreaterThan(50);
  expect(
    citations.filter((citation) => !citation.includes(`, ${SITE_URL}/articles/`)),
    "citations without the site's address",
  ).toEqual([]);
});
