/**
 * `npm run content`: compiles content/ into .generated/graph.json and .generated/search-index.json.
 * Any content problem prints as `path:line:col kind: message` and exits non-zero, leaving the
 * previous outputs untouched.
 */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { compileContent, graphCounts } from "../lib/compile/compile";
import { formatProblem, ProblemList, sortProblems } from "../lib/compile/problems";
import { writeContentHistory } from "./content-history";
import { GENERATED_OFFICIAL_FILE } from "../lib/official/generated";
import { serializeSearchIndex } from "../lib/search/engine";
import { readContentFiles, readSharedSources } from "./content-files";
import { coverageReport } from "./official-coverage";
import { readOfficialText } from "./official-files";
import { writeFilesAtomically } from "./write-atomic";

export interface BuildOptions {
  /** Repository root; content/ and .generated/ are resolved against it. */
  root: string;
  contentDir?: string;
  outDir?: string;
  sourcesDir?: string;
}

export function buildContent(options: BuildOptions): { ok: boolean; report: string[] } {
  const started = performance.now();
  const contentDir = resolve(options.root, options.contentDir ?? "content");
  const outDir = resolve(options.root, options.outDir ?? ".generated");
  const problems = new ProblemList();
  const files = readContentFiles(contentDir, options.root, problems);
  const sources = readSharedSources(resolve(options.root, options.sourcesDir ?? "../shared/sources"));
  const official = readOfficialText(contentDir, options.root, problems);
  const result = compileContent({ files, sources, root: contentDir.slice(resolve(options.root).length + 1) || "content", official }, problems);
  const all = sortProblems(result.problems);
  if (!result.graph || !result.search || all.length > 0) {
    return { ok: false, report: [...all.map(formatProblem), `content: ${all.length} problem${all.length === 1 ? "" : "s"}; nothing was written`] };
  }
  writeFilesAtomically([
    { path: `${outDir}/graph.json`, contents: JSON.stringify(result.graph) },
    { path: `${outDir}/search-index.json`, contents: serializeSearchIndex(result.search) },
    ...(official && result.official
      ? [{ path: `${outDir}/${GENERATED_OFFICIAL_FILE}`, contents: JSON.stringify({ report: result.official, text: official.text }) }]
      : []),
  ]);
  // Without an official text, none from an earlier build may linger for the pages to show.
  if (!official) rmSync(`${outDir}/${GENERATED_OFFICIAL_FILE}`, { force: true });
  const counts = Object.entries(graphCounts(result.graph))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ");
  const note = sources ? "" : " (../shared/sources absent: quotes not checked)";
  const summary = `content: ${counts}; ${result.search.length} search records; ${Math.round(performance.now() - started)} ms${note}`;
  return { ok: true, report: [summary, ...(official && result.official ? coverageReport(official.path, result.official) : [])] };
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
if (isMain) {
  const { ok, report } = buildContent({ root: process.cwd() });
  for (const line of report) (ok ? console.log : console.error)(line);
  if (ok) console.log(writeContentHistory(process.cwd()));
  process.exitCode = ok ? 0 : 1;
}
