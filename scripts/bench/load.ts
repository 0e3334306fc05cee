/**
 * `npm run bench:load`: serves the built site on 127.0.0.1 (scripts/start.ts: serve + serve.json,
 * on a free port; builds first when out/ is missing) and drives it with autocannon for a bounded
 * time over a mix of pages, the search index and a deliberate 404. Prints requests/second,
 * latency p50/p97.5/p99 and errors; exits non-zero on any error. The server always stops.
 *
 *   npm run bench:load -- [--duration 20] [--connections 50]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { ROOT, startSite, type RunningServer } from "./proc";
import { href, pinFromPath } from "../../lib/graph/hrefs";

export const MISSING_PATH = "/no-such-page-for-the-load-test";

interface AutocannonRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  onResponse?: (status: number, body: string) => void;
}

interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
}

interface AutocannonResult {
  latency: Histogram;
  requests: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
  "2xx": number;
}

type Autocannon = (
  options: { url: string; connections: number; duration: number; requests: AutocannonRequest[]; headers?: Record<string, string> },
  callback: (error: Error | null, result: AutocannonResult) => void,
) => { stop(): void };

export interface LoadResult {
  url: string;
  durationSec: number;
  connections: number;
  paths: string[];
  requests: number;
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP975Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  throughputMBps: number;
  /** Responses other than 2xx on pages that exist, or anything but 404 on the missing page. */
  badResponses: number;
  deliberate404s: number;
  socketErrors: number;
  timeouts: number;
  errors: number;
  badByPath: Record<string, Record<string, number>>;
}

const first = <T>(list: T[], count: number) => list.slice(0, count);

function htmlNames(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".html"))
        .map((name) => name.slice(0, -5))
    : [];
}

/** The request mix: a few of each page kind that exists in out/, the index and a 404. */
export function loadPaths(outDir = resolve(ROOT, "out")): string[] {
  const articles = htmlNames(join(outDir, "articles"))
    .filter((name) => /^\d+$/u.test(name))
    .sort((a, b) => Number(a) - Number(b));
  const preferred = ["2", "28", "40", "14", "24"].filter((n) => articles.includes(n));
  const articlePaths = [...new Set([...preferred, ...first(articles, 5)])].slice(0, 5).map((n) => href.article(Number(n)));
  const pinpoints: string[] = [];
  for (const n of ["28", "2", "40", ...articles]) {
    for (const name of htmlNames(join(outDir, "articles", n))) {
      const path = href.pinpointPage(pinFromPath(Number(n), [name]) ?? n);
      if (!pinpoints.includes(path)) pinpoints.push(path);
    }
    if (pinpoints.length >= 4) break;
  }
  const section = (folder: string, count: number) => first(htmlNames(join(outDir, folder)).sort(), count).map((name) => `/${folder}/${name}`);
  const fixed = ["/", "/search", "/chapters", "/timeline", "/about"].filter((path) =>
    existsSync(path === "/" ? join(outDir, "index.html") : join(outDir, `${path.slice(1)}.html`)),
  );
  // Round-robin over the kinds, so that every kind (the index and the 404 too) comes up early in
  // each connection's cycle even in a short run.
  const groups = [fixed, articlePaths, first(pinpoints, 4), section("terms", 3), section("topics", 2), section("stakeholders", 2), section("chapters", 1)];
  groups.push(existsSync(join(outDir, "search-index.json")) ? ["/search-index.json"] : [], [MISSING_PATH]);
  const mix: string[] = [];
  for (let i = 0; groups.some((group) => i < group.length); i++) for (const group of groups) if (i < group.length) mix.push(group[i]!);
  return mix;
}

export async function runLoad(options: { durationSec?: number; connections?: number; server?: RunningServer } = {}): Promise<LoadResult> {
  const durationSec = Math.max(1, options.durationSec ?? 20);
  const connections = Math.min(100, Math.max(1, options.connections ?? 50));
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const server = options.server ?? (await startSite());
  try {
    const paths = loadPaths();
    const badByPath: Record<string, Record<string, number>> = {};
    let bad = 0;
    let deliberate = 0;
    const requests: AutocannonRequest[] = paths.map((path) => ({
      method: "GET",
      path,
      onResponse: (status) => {
        const ok = path === MISSING_PATH ? status === 404 : status >= 200 && status < 300;
        if (path === MISSING_PATH && status === 404) deliberate++;
        if (!ok) {
          bad++;
          const byStatus = (badByPath[path] ??= {});
          byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
        }
      },
    }));
    const result = await new Promise<AutocannonResult>((done, fail) => {
      // Browsers ask for compressed responses, so the server compresses as it would for them.
      autocannon({ url: server.url, connections, duration: durationSec, requests, headers: { "accept-encoding": "gzip, deflate, br" } }, (error, res) =>
        error ? fail(error) : done(res),
      );
    });
    const total = Object.values(result.statusCodeStats).reduce((sum, s) => sum + s.count, 0);
    return {
      url: server.url,
      durationSec: result.duration,
      connections,
      paths,
      requests: total,
      requestsPerSec: result.requests.average,
      latencyP50Ms: result.latency.p50,
      latencyP975Ms: result.latency.p97_5,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      throughputMBps: result.throughput.average / 1024 / 1024,
      badResponses: bad,
      deliberate404s: deliberate,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      errors: bad + result.errors + result.timeouts,
      badByPath,
    };
  } finally {
    if (!options.server) await server.stop();
  }
}

export function formatLoad(load: LoadResult): string[] {
  return [
    `load: ${load.connections} connections for ${load.durationSec} s over ${load.paths.length} paths at ${load.url}`,
    `  requests/s ${load.requestsPerSec.toFixed(0)} (${load.requests} requests, ${load.throughputMBps.toFixed(1)} MB/s)`,
    `  latency p50 ${load.latencyP50Ms} ms · p97.5 ${load.latencyP975Ms} ms · p99 ${load.latencyP99Ms} ms · max ${load.latencyMaxMs} ms`,
    `  errors ${load.errors} (bad responses ${load.badResponses}, socket errors ${load.socketErrors}, timeouts ${load.timeouts}); deliberate 404s ${load.deliberate404s}`,
    ...Object.entries(load.badByPath).map(([path, byStatus]) => `  bad: ${path} ${JSON.stringify(byStatus)}`),
  ];
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
if (isMain) {
  if (!existsSync(resolve(ROOT, "out", "index.html"))) {
    console.log("out/ is missing: building the site first (npm run build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  runLoad({ durationSec: Number(flag("duration") ?? 20), connections: Number(flag("connections") ?? 50) })
    .then((load) => {
      for (const line of formatLoad(load)) console.log(line);
      console.log(`LOAD_JSON ${JSON.stringify(load)}`);
      process.exitCode = load.errors > 0 ? 1 : 0;
    })
    .catch((error: unknown) => {
      console.error(`load: ${(error as Error).message}`);
      process.exitCode = 1;
    });
}
