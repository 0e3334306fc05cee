/**
 * Search index size and query latency in Node: the project's engine (lib/search/engine.ts +
 * searchRecords) over the very index file the build ships (serializeSearchIndex).
 */
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { createSearchEngine, readSearchIndex, serializeSearchIndex } from "../../lib/search/engine";
import { searchRecords } from "../../lib/search/filters";
import type { SearchRecord } from "../../lib/search/records";
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

/** A query far over the length limit: it must be cut, not searched in full. */
export const LONG_QUERY = "extradition serious crime security research ".repeat(200);

type Search = (query: string) => unknown[];

export interface SearchEngineAdapter {
  name: string;
  /** Builds what a browser would have after fetching the index: parse + engine setup. */
  load(json: string): Search;
}

/** The engine under test, as the browser uses it. */
export function searchAdapter(): SearchEngineAdapter {
  return {
    name: "lib/search searchRecords",
    load(json) {
      const engine = createSearchEngine(readSearchIndex(JSON.parse(json)));
      return (query) => searchRecords(engine, query);
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
  /** Median time of LONG_QUERY over 5 runs. */
  longQueryMs: number;
  emptyQueries: string[];
}

/** The index file exactly as `npm run content` writes it. */
export function serializeIndex(records: readonly SearchRecord[]): { json: string; buildMs: number } {
  const started = performance.now();
  const json = serializeSearchIndex(records);
  return { json, buildMs: performance.now() - started };
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
  const longTimes = Array.from({ length: 5 }, () => {
    const t = performance.now();
    search(LONG_QUERY);
    return performance.now() - t;
  });
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
    longQueryMs: percentile(longTimes, 50),
    emptyQueries: empty,
  };
}
