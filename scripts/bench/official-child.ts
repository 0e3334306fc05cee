/**
 * The official-text figures in a fresh process, so the first import pays for loading pdf.js as
 * a deployer's would:
 *   tsx scripts/bench/official-child.ts <document.pdf> <out.json>
 * Times importOfficial on the synthetic 68-article PDF (first run, then median of the rest) and
 * compileContent on the real content/ with and without that official text (median of each).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { compileContent } from "../../lib/compile/compile";
import { loadContent } from "../../lib/compile/load";
import { ProblemList } from "../../lib/compile/problems";
import { checkOfficialText } from "../../lib/official/check";
import { importOfficial } from "../../lib/official/import";
import { officialText, type OfficialText } from "../../lib/official/schema";
import { readContentFiles, readSharedSources } from "../content-files";
import { median } from "./stats";

export interface OfficialChildResult {
  importMs: number[];
  articles: number;
  provisions: number;
  pages: number;
  compileWithoutMs: number;
  compileWithMs: number;
  /** What the build does on top when en.json is present, each timed on its own (medians). */
  extra: { readAndValidateMs: number; checkMs: number; writeOfficialJsonMs: number };
  problems: string[];
}

const root = resolve(import.meta.dirname, "..", "..");
const [pdfPath, out] = process.argv.slice(2);
if (!pdfPath || !out) {
  console.error("usage: tsx scripts/bench/official-child.ts <document.pdf> <out.json>");
  process.exit(2);
}

const files = readContentFiles(resolve(root, "content"), root, new ProblemList());
const sources = readSharedSources(resolve(root, "../shared/sources"));
const expected = loadContent(files, "content", new ProblemList()).articles.map((a) => ({ number: a.data.number, title: a.data.title }));
const bytes = new Uint8Array(readFileSync(pdfPath));

const importMs: number[] = [];
let text: OfficialText | undefined;
for (let run = 0; run < 4; run += 1) {
  const started = performance.now();
  text = await importOfficial(bytes, { fileName: "synthetic.pdf", language: "en", expected, today: "2026-01-01" });
  importMs.push(performance.now() - started);
}

// Runs with and without the official text alternate, so a change in machine load touches both
// alike; the first pair warms the modules up and is left out.
const withoutMs: number[] = [];
const withMs: number[] = [];
let problems: string[] = [];
for (let run = 0; run < 7; run += 1) {
  for (const official of [undefined, { text: text!, path: "content/official/en.json" }]) {
    const started = performance.now();
    const compiled = compileContent({ files, sources, official });
    (official ? withMs : withoutMs).push(performance.now() - started);
    problems = [...problems, ...compiled.problems.map((p) => `${p.path}:${p.line} ${p.message}`)];
  }
}
const without = { ms: median(withoutMs.slice(1)) };
const withText = { ms: median(withMs.slice(1)) };

/** Median time of `work` over 21 runs. */
function timed(work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < 21; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}
const file = JSON.stringify(text, null, 2);
const content = loadContent(files, "content", new ProblemList());
const report = checkOfficialText(content, text!, new ProblemList(), "content/official/en.json");
const extra = {
  readAndValidateMs: timed(() => officialText.parse(JSON.parse(file))),
  checkMs: timed(() => checkOfficialText(content, text!, new ProblemList(), "content/official/en.json")),
  writeOfficialJsonMs: timed(() => JSON.stringify({ report, text })),
};

const result: OfficialChildResult = {
  importMs,
  articles: text!.articles.length,
  provisions: text!.articles.reduce((sum, a) => sum + a.provisions.length, 0),
  pages: text!.source.pages,
  compileWithoutMs: without.ms,
  compileWithMs: withText.ms,
  extra,
  problems: [...new Set(problems)],
};
writeFileSync(out, JSON.stringify(result));
