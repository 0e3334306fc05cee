/**
 * One compile measurement in its own process, so the parent can stop a run that takes too long
 * and each factor starts with a fresh heap:
 *   tsx scripts/bench/compile-child.ts <factor> <runs> <out.json>
 * Reads content/ and ../shared/sources like `npm run content`, makes the factor× synthetic
 * corpus in memory, runs compileContent `runs` times and writes the timings, the graph counts and
 * the search records of the last run to out.json.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { compileContent, graphCounts } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { readContentFiles, readSharedSources } from "../content-files";
import { corpusBytes, generateSyntheticCorpus } from "./synthetic-corpus";

export interface CompileChildResult {
  factor: number;
  /** Reading content/ and the sources from disk (1× only; not part of the compile time). */
  readMs: number;
  generateMs: number;
  timesMs: number[];
  bytes: number;
  files: number;
  counts?: Record<string, number>;
  problems: string[];
  recordsFile?: string;
}

const root = resolve(import.meta.dirname, "..", "..");
const [factorArg, runsArg, out] = process.argv.slice(2);
const factor = Number(factorArg);
const runs = Math.max(1, Number(runsArg ?? 1));
if (!Number.isInteger(factor) || factor < 1 || !out) {
  console.error("usage: tsx scripts/bench/compile-child.ts <factor> <runs> <out.json>");
  process.exit(2);
}

const readStarted = performance.now();
const readProblems = new ProblemList();
const files = readContentFiles(resolve(root, "content"), root, readProblems);
const sources = readSharedSources(resolve(root, "../shared/sources"));
const readMs = performance.now() - readStarted;
const generateStarted = performance.now();
const corpus = generateSyntheticCorpus({ files, sources }, factor);
const generateMs = performance.now() - generateStarted;

const timesMs: number[] = [];
let last: ReturnType<typeof compileContent> | undefined;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  last = compileContent({ files: corpus.files, sources: corpus.sources, root: "content" }, new ProblemList());
  timesMs.push(performance.now() - started);
}
const problems = [...readProblems.items, ...(last?.problems ?? [])].map(formatProblem);
const result: CompileChildResult = {
  factor,
  readMs,
  generateMs,
  timesMs,
  bytes: corpusBytes(corpus),
  files: corpus.files.size,
  counts: last?.graph ? graphCounts(last.graph) : undefined,
  problems: problems.slice(0, 20),
};
if (last?.search) {
  result.recordsFile = `${out}.records.json`;
  writeFileSync(result.recordsFile, JSON.stringify(last.search));
}
writeFileSync(out, JSON.stringify(result));
