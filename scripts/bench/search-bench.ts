/**
 * Search index size and query latency in Node. Benchmarks the project's own engine
 * (lib/search/query.ts: createSearchEngine + searchRecords) when it exists, else fuse.js with
 * FUSE_OPTIONS, over the same index the build ships ({ records, index }).
 */
import Fuse from "fuse.js";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { FUSE_OPTIONS } from "../../lib/search/fuse-options";
import type { SearchRecord } from "../../lib/search/records";
import { ROOT } from "./proc";
import { percentile } from "./stats";

/** Realistic queries: terms, phrases, typos, pinpoints in several spellings, names, numbers. */
export const QUERIES: readonly string[] = [
  "serious crime",
  "extradition",
  "extradtion",
  "electronic evidence",
  "human rights safeguards",
  "28(4)",
  "art 28.4",
  "article 2(h)",
  "40(21)",
  "Deborah McCarthy",
  "Human Rights Watch",
  "security researchers",
  "securty reserchers",
  "child sexual abuse material",
  "interception of content data",
  "real-time collection of traffic data",
  "mutual legal assistance",
  "dual criminality",
  "confidentiality",
  "Budapest Convention",
  "surveillance",
  "Microsoft",
  "four years",
  "subscriber information",
  "24/7 network",
  "servise provider",
  "proceeds of crime",
  "Hanoi signing ceremony",
];

type Search = (query: string) => unknown[];

export interface SearchEngineAdapter {
  name: string;
  /** Builds what a browser would have after fetching the index: parse + engine setup. */
  load(json: string): Search;
}

/** The engine under test: lib/search/query.ts if it exports the expected functions, else plain Fuse. */
export async function searchAdapter(): Promise<SearchEngineAdapter> {
  const path = resolve(ROOT, "lib", "search", "query.ts");
  if (existsSync(path)) {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const create = mod.createSearchEngine;
    const search = mod.searchRecords;
    if (typeof create === "function" && typeof search === "function") {
      return {
        name: "lib/search/query.ts searchRecords",
        load(json) {
          const engine = (create as (data: unknown) => unknown)(JSON.parse(json));
          return (query) => (search as (engine: unknown, query: string) => unknown[])(engine, query);
        },
      };
    }
  }
  return {
    name: "fuse.js FUSE_OPTIONS",
    load(json) {
      const data = JSON.parse(json) as { records: SearchRecord[]; index: Parameters<typeof Fuse.parseIndex>[0] };
      const fuse = new Fuse(data.records, FUSE_OPTIONS, Fuse.parseIndex(data.index));
      return (query) => fuse.search(query);
    },
  };
}

export interface SearchMeasurement {
  label: string;
  records: number;
  source: string;
  indexRawBytes: number;
  indexGzipBytes: number;
  indexBuildMs: number;
  /** JSON.parse + engine set-up: what the first search pays in the browser after the download. */
  loadMs: number;
  rounds: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  emptyQueries: string[];
}

/** The index file exactly as `npm run content` writes it. */
export function serializeIndex(records: readonly SearchRecord[]): { json: string; buildMs: number } {
  const started = performance.now();
  const index = Fuse.createIndex(FUSE_OPTIONS.keys ?? [], [...records]);
  const buildMs = performance.now() - started;
  return { json: JSON.stringify({ records, index: index.toJSON() }), buildMs };
}

export function measureSearch(
  adapter: SearchEngineAdapter,
  label: string,
  records: readonly SearchRecord[],
  source: string,
  options: { rounds?: number; budgetMs?: number } = {},
): SearchMeasurement {
  const { json, buildMs } = serializeIndex(records);
  const raw = Buffer.from(json);
  const loadStarted = performance.now();
  const search = adapter.load(json);
  const loadMs = performance.now() - loadStarted;
  // One untimed round warms the JIT, as a reader's first keystrokes would.
  const empty = QUERIES.filter((query) => search(query).length === 0);
  const rounds = options.rounds ?? 10;
  const budget = options.budgetMs ?? 30_000;
  const samples: number[] = [];
  const started = performance.now();
  let done = 0;
  while (done < rounds && (done === 0 || performance.now() - started < budget)) {
    for (const query of QUERIES) {
      const t = performance.now();
      search(query);
      samples.push(performance.now() - t);
    }
    done++;
  }
  return {
    label,
    records: records.length,
    source,
    indexRawBytes: raw.byteLength,
    indexGzipBytes: gzipSync(raw).byteLength,
    indexBuildMs: buildMs,
    loadMs,
    rounds: done,
    samples: samples.length,
    p50Ms: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
    maxMs: Math.max(...samples),
    emptyQueries: empty,
  };
}
