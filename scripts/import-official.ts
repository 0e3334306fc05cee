/**
 * `npm run import:official -- <file> [--lang en]`: imports the UN document A/RES/79/243 (its PDF,
 * or its plain text with pages separated by form feeds) into `content/official/<lang>.json`.
 * The file is checked against the articles in content/ first; on any error nothing is written.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { loadContent } from "../lib/compile/load";
import { ProblemList } from "../lib/compile/problems";
import { ImportError } from "../lib/official/errors";
import { importOfficial } from "../lib/official/import";
import { officialLanguage, type OfficialText } from "../lib/official/schema";
import { readContentFiles } from "./content-files";
import { writeFilesAtomically } from "./write-atomic";

export interface ImportRun {
  /** Repository root; content/ is resolved against it. */
  root: string;
  file: string;
  language?: string;
  /** YYYY-MM-DD; today by default. */
  today?: string;
}

/** The articles content/ describes, by number: what the imported document must match. */
function expectedArticles(root: string): Array<{ number: number; title: string }> {
  const problems = new ProblemList();
  const files = readContentFiles(resolve(root, "content"), root, problems);
  return loadContent(files, "content", problems)
    .articles.map((article) => ({ number: article.data.number, title: article.data.title }))
    .sort((a, b) => a.number - b.number);
}

function summary(path: string, text: OfficialText, ms: number): string {
  const provisions = text.articles.reduce((sum, article) => sum + article.provisions.length, 0);
  const { fileName, format, pages, sha256 } = text.source;
  return `import:official: wrote ${path}: ${text.articles.length} articles, ${provisions} provisions, ${text.preamble.length} preamble paragraphs from ${fileName} (${format}, ${pages} pages, sha256 ${sha256.slice(0, 12)}…) in ${Math.round(ms)} ms. Run npm run content to check the digests against it.`;
}

/** Runs one import; returns the lines to print and whether it succeeded. Writes only on success. */
export async function runImport(run: ImportRun): Promise<{ ok: boolean; report: string[] }> {
  const started = performance.now();
  const language = officialLanguage.safeParse(run.language ?? "en");
  if (!language.success) return { ok: false, report: [`import:official: --lang must be one of ${officialLanguage.options.join(", ")}`] };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(run.file);
  } catch (error) {
    return { ok: false, report: [`import:official: cannot read ${run.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`] };
  }
  try {
    const today = run.today ?? new Date().toISOString().slice(0, 10);
    const text = await importOfficial(bytes, {
      fileName: basename(run.file),
      language: language.data,
      expected: expectedArticles(run.root),
      today,
      defaultSymbol: "A/RES/79/243",
    });
    const path = `content/official/${language.data}.json`;
    writeFilesAtomically([{ path: resolve(run.root, path), contents: `${JSON.stringify(text, null, 2)}\n` }]);
    return { ok: true, report: [summary(path, text, performance.now() - started)] };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, report: [`import:official: ${basename(run.file)}: ${error.message} Nothing was written.`] };
    throw error;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
/** `<file> [--lang xx]` from the command line. */
function parseArguments(args: readonly string[]): { files: string[]; language?: string } {
  const files: string[] = [];
  let language: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === "--lang") language = args[++i];
    else files.push(args[i]!);
  }
  return { files, language };
}

if (isMain) {
  const { files, language } = parseArguments(process.argv.slice(2));
  if (files.length !== 1) {
    console.error("usage: npm run import:official -- <A-RES-79-243.pdf | text file> [--lang en]");
    process.exitCode = 2;
  } else {
    const { ok, report } = await runImport({ root: process.cwd(), file: files[0]!, language });
    for (const line of report) (ok ? console.log : console.error)(line);
    process.exitCode = ok ? 0 : 1;
  }
}
