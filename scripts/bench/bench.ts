/**
 * `npm run bench`: the quality bars of DESIGN.md, measured. Prints a report, then one line
 * `BENCH_JSON {...}`, and exits non-zero when any target fails (CI can use it; `npm test` does
 * not run it). Bounded to finish well inside 10 minutes on 2 cores.
 *
 *   npm run bench -- [--skip-build] [--load-seconds 5] [--compile-cap 120] [--rebuild-floor]
 *
 * 1. Full site build (`npm run build`), timed, unless --skip-build (then out/ is reused).
 * 2. Content compile (compileContent in-process, in a child process per corpus so a run can be
 *    stopped): the real treaty (median of 7), synthetic 10× (median of 3) and 100× (one run,
 *    stopped at --compile-cap seconds). See synthetic-corpus.ts for how the corpora are made.
 * 3. Search: index size raw/gzip and query latency over QUERIES at 1×, 10×, 100×, and the time
 *    of one over-long query (cut to 200 characters before it is searched).
 * 4. Client weight per page kind against the floor (an empty Next.js page), in a real browser
 *    when Chromium starts, else by static analysis of out/.
 * 5. Served throughput: the load test of load.ts, for a short time.
 * 6. Official text: import time of a synthetic 68-article UN document (PDF) and the extra
 *    content-compile time when an official text is present (official-bench.ts).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ProblemList } from "../../lib/compile/problems";
import type { SearchRecord } from "../../lib/search/records";
import { readContentFiles } from "../content-files";
import { articleHtmlSizes, measureInBrowser, measureStatic, type PageKind, type PageWeight, type WeightResult } from "./client-weight";
import { measureCompile, type CompileMeasurement } from "./compile-bench";
import { buildFloor, type Floor } from "./floor";
import { formatLoad, runLoad, type LoadResult } from "./load";
import { ROOT, run, startSite, startStatic } from "./proc";
import { formatTargets, section, table, type Target } from "./report";
import { measureOfficial } from "./official-bench";
import { measureSearch, QUERIES, searchAdapter, type SearchMeasurement } from "./search-bench";
import { kB, ms, round } from "./stats";
import { corpusShape, replicateSearchRecords } from "./synthetic-corpus";
import { href, pinFromPath } from "../../lib/graph/hrefs";
import { measureHostileCompiles } from "./hostile-bench";

const argv = process.argv.slice(2);
const has = (name: string) => argv.includes(`--${name}`);
const value = (name: string, fallback: number) => {
  const index = argv.indexOf(`--${name}`);
  const parsed = index === -1 ? Number.NaN : Number(argv[index + 1]);
  return Number.isFinite(parsed) ? parsed : fallback;
};

const SKIP_BUILD = has("skip-build");
const LOAD_SECONDS = value("load-seconds", 5);
const COMPILE_CAP_MS = value("compile-cap", 120) * 1000;

/** Targets from DESIGN.md and the bench brief; never loosened here. */
const TARGET = {
  compileRealMs: 1500,
  compile100Ms: 100_000,
  /** time(10k×)/time(k×)/10: 1 is linear; "≤ ~1" allows this much measurement noise. */
  growthMax: 1.15,
  searchP95At1Ms: 5,
  searchP95At100Ms: 50,
  /** A 9,000-character query is cut to 200 characters first; it was a unit-test bound before. */
  searchLongQueryAt1Ms: 1000,
  pageJsOverFloorBytes: 25 * 1024,
  articleHtmlGzipBytes: 60 * 1024,
  /** Each pathological Markdown input (scripts/bench/hostile-bench.ts) compiles within this. */
  hostileCompileMs: 10_000,
  /** Importing a 68-article official document, first run in a fresh process (issue 11). */
  officialImportMs: 3000,
};

const lines: string[] = [];
const say = (...text: string[]) => {
  for (const line of text) {
    lines.push(line);
    console.log(line);
  }
};
const progress = (text: string) => console.error(`bench: ${text}`);

interface BuildMeasurement {
  skipped: boolean;
  ok: boolean;
  ms?: number;
  tail?: string;
}

async function buildSite(): Promise<BuildMeasurement> {
  if (SKIP_BUILD) return { skipped: true, ok: existsSync(resolve(ROOT, "out", "index.html")) };
  progress("building the site (npm run build)…");
  const result = await run("npm", ["run", "build"], { cwd: ROOT, timeoutMs: 300_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const ok = result.code === 0 && existsSync(resolve(ROOT, "out", "index.html"));
  return { skipped: false, ok, ms: result.ms, tail: ok ? undefined : (result.stdout + result.stderr).trim().split("\n").slice(-12).join("\n") };
}

/** The first top-level stakeholder: from the compiled graph, else from content/stakeholders.yaml. */
function firstStakeholderGroup(): string | undefined {
  const graphPath = resolve(ROOT, ".generated", "graph.json");
  try {
    if (existsSync(graphPath)) {
      const graph = JSON.parse(readFileSync(graphPath, "utf8")) as { stakeholders: Array<{ id: string; parent?: string }> };
      const group = graph.stakeholders.find((s) => s.parent === undefined);
      if (group) return group.id;
    }
    const list = parseYaml(readFileSync(resolve(ROOT, "content", "stakeholders.yaml"), "utf8")) as Array<{ id: string; parent?: string }>;
    return list.find((s) => s.parent === undefined)?.id;
  } catch {
    return undefined;
  }
}

function pageKinds(outDir: string): { pages: PageKind[]; notes: string[] } {
  const notes: string[] = [];
  const exists = (path: string) => existsSync(path === "/" ? join(outDir, "index.html") : join(outDir, `${path.slice(1)}.html`));
  let pinpoint = href.pinpointPage("28(4)");
  if (!exists(pinpoint)) {
    const articles = existsSync(join(outDir, "articles")) ? readdirSync(join(outDir, "articles")).filter((n) => /^\d+$/u.test(n)) : [];
    const found = articles.flatMap((n) =>
      readdirSync(join(outDir, "articles", n))
        .filter((f) => f.endsWith(".html"))
        .map((f) => href.pinpointPage(pinFromPath(Number(n), [f.slice(0, -5)]) ?? n)),
    )[0];
    notes.push(`${pinpoint} is not built; pinpoint page measured: ${found ?? "none"}`);
    if (found) pinpoint = found;
  }
  const group = firstStakeholderGroup();
  const pages: PageKind[] = [
    { kind: "home", path: "/" },
    { kind: "article", path: "/articles/28" },
    { kind: "pinpoint", path: pinpoint },
    { kind: "term", path: "/terms/serious-crime" },
    { kind: "search", path: "/search" },
    { kind: "stakeholder", path: href.stakeholder({ id: group ?? "unknown", group: group ?? "unknown" }) },
  ];
  for (const page of pages) if (!exists(page.path)) notes.push(`${page.path} is not in out/`);
  return { pages: pages.filter((page) => exists(page.path)), notes };
}

async function clientWeight(floor: Floor): Promise<WeightResult & { notes: string[] }> {
  const outDir = resolve(ROOT, "out");
  const { pages, notes } = pageKinds(outDir);
  try {
    progress("measuring client weight in Chromium…");
    const site = await startSite();
    try {
      const floorServer = await startStatic(floor.dir, floor.serveConfig);
      try {
        const result = await measureInBrowser(site, pages, floorServer);
        return { method: "browser", ...result, notes };
      } finally {
        await floorServer.stop();
      }
    } finally {
      await site.stop();
    }
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    progress(`browser measurement unavailable (${reason}); using static analysis`);
    return {
      method: "static",
      note: `browser unavailable: ${reason}`,
      pages: pages.map((page) => measureStatic(outDir, page)),
      floor: measureStatic(floor.outDir, { kind: "floor", path: "/" }),
      notes,
    };
  }
}

function compileRow(label: string, m: CompileMeasurement | undefined): Array<string | number> {
  if (!m) return [label, "—", "—", "—", "—", "—", "—", "—", "—", "not run"];
  const c = m.counts ?? {};
  const time = m.medianMs !== undefined ? ms(m.medianMs) : `> ${ms(m.capMs)}`;
  return [
    label,
    c.articles ?? "—",
    c.paragraphs ?? "—",
    c.terms ?? "—",
    c.annotations ?? "—",
    m.bytes !== undefined ? kB(m.bytes) : "—",
    m.timesMs.length > 0 ? `${m.timesMs.length}` : "0",
    time,
    m.timesMs.length > 0 ? ms(Math.min(...m.timesMs)) : "—",
    m.error ??
      (m.problems.length > 0
        ? `${m.problems.length} problems: ${m.problems[0]}`
        : [
            m.firstMs !== undefined && m.timesMs.length > 1 ? `first run ${ms(m.firstMs)}` : "",
            m.factor === 1 && m.readMs !== undefined ? `reading files ${ms(m.readMs)}` : "",
          ]
            .filter(Boolean)
            .join("; ")),
  ];
}

async function main(): Promise<number> {
  const started = Date.now();
  const targets: Target[] = [];
  say(
    `Treaty Explorer bench · ${new Date().toISOString()} · Node ${process.version} · ${availableParallelism()} cores · load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );

  // 1. Full build.
  const build = await buildSite();
  say(section("Full site build"));
  if (build.skipped) say(`skipped (--skip-build); reusing out/${build.ok ? "" : " — but out/ is missing"}`);
  else
    say(
      `npm run build: ${build.ok ? ms(build.ms!) : `FAILED after ${ms(build.ms ?? 0)}`}`,
      ...(build.tail ? build.tail.split("\n").map((l) => `  | ${l}`) : []),
    );
  if (!build.skipped)
    targets.push({ name: "site builds", pass: build.ok, actual: build.ok ? `npm run build in ${ms(build.ms!)}` : "npm run build failed (see above)" });

  // 2. Compile, including pathological inputs.
  say(section("Pathological Markdown (real content with one hostile about.md)"));
  for (const timing of measureHostileCompiles(ROOT)) {
    say(`${timing.name}: ${ms(timing.ms)}${timing.ok ? "" : " (content problems)"}`);
    targets.push({
      name: `${timing.name} compiles < ${ms(TARGET.hostileCompileMs)}`,
      pass: timing.ok && timing.ms < TARGET.hostileCompileMs,
      actual: ms(timing.ms),
    });
  }
  progress("compiling the real treaty and the 10× corpus…");
  const compile1 = await measureCompile(1, 7, COMPILE_CAP_MS);
  const compile10 = await measureCompile(10, 3, COMPILE_CAP_MS);
  progress(`compiling the 100× corpus (stopped after ${COMPILE_CAP_MS / 1000} s)…`);
  const compile100 = await measureCompile(100, 1, COMPILE_CAP_MS);
  say(section("Content compile (compileContent, in-process; median wall time)"));
  say(
    ...table(
      ["corpus", "articles", "paragraphs", "terms", "annotations", "content", "runs", "median", "min", "note"],
      [compileRow("1× (real)", compile1), compileRow("10×", compile10), compileRow("100×", compile100)],
    ),
  );
  const t1 = compile1.medianMs;
  const t10 = compile10.medianMs;
  const t100 = compile100.medianMs;
  const growth10 = t1 && t10 ? t10 / t1 / 10 : undefined;
  const growth100 = t10 && t100 ? t100 / t10 / 10 : undefined;
  // A 100× run that was stopped still bounds the ratio from below.
  const growth100Floor = t10 && t100 === undefined && compile100.timedOut ? compile100.capMs / t10 / 10 : undefined;
  say(
    `growth: time(10×)/time(1×)/10 = ${growth10?.toFixed(2) ?? "—"}; time(100×)/time(10×)/10 = ${growth100?.toFixed(2) ?? (growth100Floor ? `> ${growth100Floor.toFixed(2)} (100× stopped)` : "—")}  (1 = linear)`,
  );
  targets.push({
    name: `compile real treaty < ${ms(TARGET.compileRealMs)}`,
    pass: t1 !== undefined && t1 < TARGET.compileRealMs && compile1.problems.length === 0,
    actual:
      t1 !== undefined
        ? `median ${ms(t1)} (first run ${ms(compile1.firstMs ?? t1)})${compile1.problems.length ? `, ${compile1.problems.length} content problems` : ""}`
        : (compile1.error ?? "no result"),
  });
  targets.push({
    name: `compile 100× < ${ms(TARGET.compile100Ms)}`,
    pass: t100 !== undefined && t100 < TARGET.compile100Ms,
    actual:
      t100 !== undefined
        ? ms(t100)
        : `did not finish: ${compile100.error ?? "no result"}${compile100.timedOut && compile100.capMs < TARGET.compile100Ms ? ` (cap ${ms(compile100.capMs)} is below the target: inconclusive, counted as a failure)` : ""}`,
  });
  const growthPass = growth10 !== undefined && growth10 <= TARGET.growthMax && growth100 !== undefined && growth100 <= TARGET.growthMax;
  targets.push({
    name: `compile growth ≤ linear (each ratio ≤ ${TARGET.growthMax})`,
    pass: growthPass,
    actual: `10×/1× ${growth10?.toFixed(2) ?? "—"}, 100×/10× ${growth100?.toFixed(2) ?? (growth100Floor ? `> ${growth100Floor.toFixed(2)}${growth100Floor <= TARGET.growthMax ? " (100× stopped early: inconclusive, counted as a failure)" : ""}` : "—")}`,
  });

  // 3. Search.
  const adapter = searchAdapter();
  progress(`measuring search (${adapter.name})…`);
  const searches: SearchMeasurement[] = [];
  const baseFiles = readContentFiles(resolve(ROOT, "content"), ROOT, new ProblemList());
  const recordsFor = (m: CompileMeasurement, factor: number): { records?: SearchRecord[]; source: string } => {
    if (m.records) return { records: m.records, source: "compiled" };
    if (factor > 1 && compile1.records)
      return {
        records: replicateSearchRecords(compile1.records, corpusShape({ files: baseFiles }), factor),
        source: "replicated from 1× (compile did not finish)",
      };
    return { source: "none" };
  };
  for (const [label, factor, m, budget] of [
    ["1×", 1, compile1, 10_000],
    ["10×", 10, compile10, 20_000],
    ["100×", 100, compile100, 40_000],
  ] as const) {
    const { records, source } = recordsFor(m, factor);
    if (records) searches.push(measureSearch(adapter, label, records, source, { rounds: 10, budgetMs: budget }));
  }
  say(section(`Search (${adapter.name}; ${QUERIES.length} queries × rounds, in Node)`));
  say(
    ...table(
      ["corpus", "records", "index raw", "index gzip", "index build", "engine load", "p50", "p95", "max", "long query", "samples", "records from"],
      searches.map((s) => [
        s.label,
        s.records,
        kB(s.indexRawBytes),
        kB(s.indexGzipBytes),
        ms(s.indexBuildMs),
        ms(s.loadMs),
        ms(s.p50Ms),
        ms(s.p95Ms),
        ms(s.maxMs),
        ms(s.longQueryMs),
        s.samples,
        s.source,
      ]),
    ),
  );
  for (const s of searches) if (s.emptyQueries.length > 0) say(`  ${s.label}: no results for ${s.emptyQueries.map((q) => JSON.stringify(q)).join(", ")}`);
  const search1 = searches.find((s) => s.label === "1×");
  const search100 = searches.find((s) => s.label === "100×");
  targets.push({
    name: `search p95 < ${TARGET.searchP95At1Ms} ms at 1×`,
    pass: search1 !== undefined && search1.p95Ms < TARGET.searchP95At1Ms,
    actual: search1 ? `p95 ${ms(search1.p95Ms)}` : "not measured",
  });
  targets.push({
    name: `long query answered < ${ms(TARGET.searchLongQueryAt1Ms)} at 1×`,
    pass: search1 !== undefined && search1.longQueryMs < TARGET.searchLongQueryAt1Ms,
    actual: search1 ? ms(search1.longQueryMs) : "not measured",
  });
  targets.push({
    name: `search p95 < ${TARGET.searchP95At100Ms} ms at 100×`,
    pass: search100 !== undefined && search100.p95Ms < TARGET.searchP95At100Ms,
    actual: search100 ? `p95 ${ms(search100.p95Ms)} over ${search100.records} records (${search100.source})` : "not measured",
  });

  // 4. Client weight.
  let weights: (WeightResult & { notes: string[] }) | undefined;
  let floor: Floor | undefined;
  let articleSizes: ReturnType<typeof articleHtmlSizes> = [];
  if (existsSync(resolve(ROOT, "out", "index.html"))) {
    try {
      progress("building the floor (empty Next.js page)…");
      floor = await buildFloor({ rebuild: has("rebuild-floor") });
      weights = await clientWeight(floor);
    } catch (error) {
      say(section("Client weight"), `not measured: ${(error as Error).message}`);
    }
    articleSizes = articleHtmlSizes(resolve(ROOT, "out"));
  }
  if (weights && floor) {
    say(
      section(
        `Client weight, gzip bytes on first load (${weights.method === "browser" ? "real browser: headless Chromium" : `static analysis of out/ — ${weights.note}`}; floor = empty page, Next.js ${floor.nextVersion}${floor.built ? `, floor built in ${ms(floor.buildMs!)}` : ", floor build cached"})`,
      ),
    );
    const f = weights.floor;
    const row = (w: PageWeight) => [
      w.kind,
      w.path,
      kB(w.htmlGzip),
      kB(w.jsGzip),
      w === f ? "floor" : `floor ${w.jsGzip - f.jsGzip >= 0 ? "+" : "−"} ${kB(Math.abs(w.jsGzip - f.jsGzip))}`,
      w.jsFiles,
      kB(w.cssGzip),
      kB(w.otherGzip),
      w.transferred !== undefined ? kB(w.transferred) : "—",
      w.searchIndexLoaded ? "YES" : "no",
    ];
    say(
      ...table(["page", "path", "HTML", "JS", "JS vs floor", "JS files", "CSS", "other", "on the wire", "search index?"], [row(f), ...weights.pages.map(row)]),
    );
    for (const note of weights.notes) say(`  note: ${note}`);
    if (articleSizes[0])
      say(
        `largest article page HTML: ${articleSizes[0].path} ${kB(articleSizes[0].gzip)} gzip (${kB(articleSizes[0].raw)} raw) of ${articleSizes.length} article pages; next: ${articleSizes
          .slice(1, 3)
          .map((a) => `${a.path} ${kB(a.gzip)}`)
          .join(", ")}`,
      );
    for (const kind of ["article", "pinpoint"]) {
      const page = weights.pages.find((p) => p.kind === kind);
      const over = page ? page.jsGzip - f.jsGzip : Number.NaN;
      targets.push({
        name: `${kind} page JS ≤ floor + ${kB(TARGET.pageJsOverFloorBytes)} gzip and no search index`,
        pass: page !== undefined && over <= TARGET.pageJsOverFloorBytes && !page.searchIndexLoaded,
        actual: page
          ? `${page.path}: JS ${kB(page.jsGzip)} = floor ${kB(f.jsGzip)} + ${kB(over)}; search index ${page.searchIndexLoaded ? "DOWNLOADED" : "not downloaded"} (${weights.method})`
          : "page not built",
      });
    }
  } else {
    targets.push({ name: "article/pinpoint page JS ≤ floor + 25 kB gzip and no search index", pass: false, actual: "not measured (no out/ or no floor)" });
  }
  targets.push({
    name: `largest article page HTML < ${kB(TARGET.articleHtmlGzipBytes)} gzip`,
    pass: articleSizes.length > 0 && articleSizes[0]!.gzip < TARGET.articleHtmlGzipBytes,
    actual: articleSizes[0] ? `${articleSizes[0].path} ${kB(articleSizes[0].gzip)}` : "no article pages in out/",
  });

  // 5. Served throughput.
  let load: LoadResult | undefined;
  if (existsSync(resolve(ROOT, "out", "index.html"))) {
    progress(`load test (${LOAD_SECONDS} s)…`);
    try {
      load = await runLoad({ durationSec: LOAD_SECONDS, connections: 50 });
      say(section("Served throughput (autocannon against scripts/start.ts on 127.0.0.1)"), ...formatLoad(load));
    } catch (error) {
      say(section("Served throughput"), `not measured: ${(error as Error).message}`);
    }
  }
  targets.push({
    name: "served under load without errors",
    pass: load !== undefined && load.errors === 0,
    actual: load ? `${load.errors} errors in ${load.requests} requests (${load.requestsPerSec.toFixed(0)} req/s)` : "not measured",
  });

  // 6. Official text.
  progress("importing a synthetic 68-article official document…");
  const official = await measureOfficial();
  say(section("Official text (synthetic 68-article UN document, invented wording; import in a fresh process)"));
  if (official.result) {
    const r = official.result;
    say(
      ...table(
        [
          "document",
          "pages",
          "articles",
          "provisions",
          "import, first (cold)",
          "import, warm median",
          "compile without / with",
          "extra: read+validate, check, write",
        ],
        [
          [
            kB(official.pdfBytes ?? 0),
            r.pages,
            r.articles,
            r.provisions,
            ms(official.coldMs!),
            ms(official.warmMs!),
            `${ms(r.compileWithoutMs)} / ${ms(r.compileWithMs)}`,
            `${ms(official.extraCompileMs!)} (${ms(r.extra.readAndValidateMs)}, ${ms(r.extra.checkMs)}, ${ms(r.extra.writeOfficialJsonMs)})`,
          ],
        ],
      ),
    );
    if (r.problems.length > 0) say(`  content problems: ${r.problems.slice(0, 3).join("; ")}`);
  } else say(`not measured: ${official.error}`);
  targets.push({
    name: `import a 68-article official document < ${ms(TARGET.officialImportMs)}`,
    pass: official.coldMs !== undefined && official.coldMs < TARGET.officialImportMs && official.result?.articles === 68,
    actual:
      official.coldMs !== undefined
        ? `first run ${ms(official.coldMs)} (warm ${ms(official.warmMs!)}); content compile +${ms(official.extraCompileMs!)} with it`
        : (official.error ?? "not measured"),
  });

  say(section("Targets"), ...formatTargets(targets));
  const failed = targets.filter((t) => !t.pass).length;
  say(`${failed === 0 ? "all targets hold" : `${failed} of ${targets.length} targets fail`} · bench took ${ms(Date.now() - started)}`);

  const strip = (m: CompileMeasurement) => ({ ...m, records: undefined });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    loadAverage: loadavg(),
    build,
    compile: { "1x": strip(compile1), "10x": strip(compile10), "100x": strip(compile100), growth10, growth100, growth100LowerBound: growth100Floor },
    search: { engine: adapter.name, queries: QUERIES, corpora: searches },
    client: weights
      ? { method: weights.method, note: weights.note, floor: weights.floor, pages: weights.pages, notes: weights.notes, nextVersion: floor?.nextVersion }
      : undefined,
    articleHtml: { largest: articleSizes[0], count: articleSizes.length },
    load,
    official: { ...official, result: official.result },
    targets,
    thresholds: TARGET,
    elapsedMs: Date.now() - started,
  };
  console.log(`BENCH_JSON ${JSON.stringify(json, (_key, v: unknown) => (typeof v === "number" ? round(v, 3) : v))}`);
  return failed === 0 ? 0 : 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(`bench: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  });
