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
import { importOfficial } from "../../lib/official/import";
import type { OfficialText } from "../../lib/official/schema";
import { readContentFiles, readSharedSources } from "../content-files";
import { median } from "./stats";

export interface OfficialChildResult {
  importMs: number[];
  articles: number;
  provisions: number;
  pages: number;
  compileWithoutMs: number;
  compileWithMs: number;
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

const result: OfficialChildResult = {
  importMs,
  articles: text!.articles.length,
  provisions: text!.articles.reduce((sum, a) => sum + a.provisions.length, 0),
  pages: text!.source.pages,
  compileWithoutMs: without.ms,
  compileWithMs: withText.ms,
  problems: [...new Set(problems)],
};
writeFileSync(out, JSON.stringify(result));
