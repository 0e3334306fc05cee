/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile form factor, default simulated throttling)
 * on one page of each kind the issue names, against the built site served on 127.0.0.1 by
 * scripts/start.ts (serve + serve.json), in the Chromium the browser tests use. Each page runs
 * `--runs` times (default 3) in a fresh browser; the run with the median performance score is
 * reported. Exits non-zero when a page misses a target: accessibility, best practices and SEO
 * 100, performance ≥ 95, cumulative layout shift < 0.01.
 *
 *   npm run bench:lighthouse -- [--runs 3] [--only /articles/28] [--json out.json]
 */
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { href } from "../../lib/graph/hrefs";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../tests/e2e/chromium";
import { startSite } from "./proc";

const PAGES: Array<{ kind: string; path: string }> = [
  { kind: "home", path: href.home() },
  { kind: "article", path: href.article(28) },
  { kind: "pinpoint", path: href.pinpointPage("28(4)") },
  { kind: "term", path: href.term("serious-crime") },
  { kind: "stakeholder", path: href.stakeholder({ id: "human-rights-organisations", group: "human-rights-organisations" }) },
  { kind: "search with a query", path: href.search("serious crime") },
  { kind: "matrix", path: href.stakeholders() },
];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** What one Lighthouse run measured, scores out of 100 and times in ms. */
export interface PageFigures {
  scores: Record<Category, number>;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  /** Audits below full marks outside performance, so a miss says what to fix. */
  failing: string[];
}

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function audit(url: string): Promise<PageFigures> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable(), chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = CATEGORIES.filter((c) => c !== "performance").flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title ?? ""})`),
    );
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>,
      cls: numeric("cumulative-layout-shift"),
      fcpMs: numeric("first-contentful-paint"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      speedIndexMs: numeric("speed-index"),
      failing,
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART…): such a run is repeated, up to twice. */
async function auditWithRetry(url: string, attempts = 3): Promise<PageFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`lighthouse: ${(error as Error).message}; trying again`);
    }
  }
}

/** The run whose performance score is the median (ties: the later run). */
function median(runs: PageFigures[]): PageFigures {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function misses(figures: PageFigures): string[] {
  const found: string[] = [];
  for (const category of ["accessibility", "best-practices", "seo"] as const)
    if (figures.scores[category] < 100) found.push(`${category} ${figures.scores[category]} < 100`);
  if (figures.scores.performance < 95) found.push(`performance ${figures.scores.performance} < 95`);
  if (!(figures.cls < 0.01)) found.push(`CLS ${figures.cls.toFixed(3)} ≥ 0.01`);
  return found;
}

function row(kind: string, path: string, f: PageFigures): string {
  const s = f.scores;
  return `| ${kind} \`${path}\` | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${f.cls.toFixed(3)} | ${(f.fcpMs / 1000).toFixed(1)} s | ${(f.lcpMs / 1000).toFixed(1)} s | ${Math.round(f.tbtMs)} ms | ${(f.speedIndexMs / 1000).toFixed(1)} s |`;
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(flag("runs") ?? 3));
  const only = flag("only");
  const pages = only ? PAGES.filter((p) => p.path === only) : PAGES;
  if (pages.length === 0) throw new Error(`--only ${only}: not one of ${PAGES.map((p) => p.path).join(", ")}`);
  const site = await startSite();
  const results: Array<{ kind: string; path: string; figures: PageFigures; all: PageFigures[] }> = [];
  try {
    for (const page of pages) {
      const all: PageFigures[] = [];
      for (let i = 0; i < runs; i++) all.push(await auditWithRetry(`${site.url}${page.path}`));
      results.push({ ...page, figures: median(all), all });
      console.error(`lighthouse: ${page.path}: performance ${all.map((r) => r.scores.performance).join(", ")}`);
    }
  } finally {
    await site.stop();
  }
  console.log(`Lighthouse 12 (mobile, simulated throttling), median of ${runs} run${runs === 1 ? "" : "s"} by performance score\n`);
  console.log("| page | performance | accessibility | best practices | SEO | CLS | FCP | LCP | TBT | Speed Index |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) console.log(row(r.kind, r.path, r.figures));
  const json = flag("json");
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  const failed = results.flatMap((r) => [...misses(r.figures), ...r.figures.failing].map((m) => `${r.path}: ${m}`));
  if (failed.length > 0) {
    console.log(`\nMissed targets:\n${failed.map((m) => `  ${m}`).join("\n")}`);
    process.exitCode = 1;
  } else console.log("\nEvery page meets every target.");
}

await main();
