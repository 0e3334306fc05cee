/**
 * `npm run screenshots`: pictures of one page of each kind, on a phone (390×844) and a desktop
 * (1440×900), light and dark, from the built site served on 127.0.0.1, into .screenshots/ (for a
 * person to look at; nothing is compared). Each is the page's first 2,400 px (a viewport that tall).
 *
 *   npm run screenshots -- [--only article] [--full]
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";
import { href } from "../lib/graph/hrefs";
import { CHROMIUM_ARGS, chromiumExecutable } from "../tests/e2e/chromium";
import { ROOT, startSite } from "./bench/proc";

const PAGES: Array<[string, string]> = [
  ["home", href.home()],
  ["contents", href.chapters()],
  ["chapter", href.chapter("IV")],
  ["article", href.article(28)],
  ["article-40", href.article(40)],
  ["pinpoint", href.pinpointPage("28(4)")],
  ["term", href.term("serious-crime")],
  ["terms", href.terms()],
  ["topic", href.topic("child-protection")],
  ["stakeholder", href.stakeholder({ id: "human-rights-organisations", group: "human-rights-organisations" })],
  ["matrix", href.stakeholders()],
  ["source", href.source("blog-us-declines-to-sign")],
  ["timeline", href.timeline()],
  ["search", href.search("serious crime")],
  ["about", href.about()],
  ["not-found", "/no-such-page"],
];

const VIEWPORTS = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  { name: "desktop", viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : (process.argv[at + 1] ?? "");
}

const only = flag("only");
const full = process.argv.includes("--full");
const dir = resolve(ROOT, ".screenshots");
mkdirSync(dir, { recursive: true });
const site = await startSite();
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
try {
  for (const { name, ...options } of VIEWPORTS) {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ ...options, colorScheme: scheme });
      const page = await context.newPage();
      for (const [kind, path] of PAGES.filter(([kind]) => !only || kind === only)) {
        await page.goto(`${site.url}${path}`);
        await page.locator("[data-slot=theme-toggle]:not(.invisible)").waitFor();
        if (kind === "search") await page.locator('main a[href^="/articles/"]').first().waitFor();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = resolve(dir, `${kind}-${name}-${scheme}.png`);
        // A tall viewport rather than fullPage: a full-page capture drops the phone's touch
        // emulation, so it would show hover styles that a phone never has.
        await page.setViewportSize({ width: options.viewport.width, height: full ? height : Math.min(height, 2400) });
        await page.screenshot({ path: file });
        await page.setViewportSize(options.viewport);
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.stop();
}
