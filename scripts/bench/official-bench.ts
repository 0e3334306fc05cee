/**
 * Import time of the official text and the extra content-build time it costs, on a synthetic
 * 68-article document in the UN layout (tests/official: invented wording, never the treaty's).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadContent } from "../../lib/compile/load";
import { ProblemList } from "../../lib/compile/problems";
import { buildModel, contentPins, syntheticDocument } from "../../tests/official/synthetic";
import { readContentFiles } from "../content-files";
import type { OfficialChildResult } from "./official-child";
import { BIN, ROOT, run } from "./proc";
import { median } from "./stats";

export interface OfficialMeasurement {
  pdfBytes?: number;
  result?: OfficialChildResult;
  /** First import in a fresh process (loads pdf.js), then the median of the warm ones. */
  coldMs?: number;
  warmMs?: number;
  /** Reading and validating en.json, the checks and writing official.json, timed on their own. */
  extraCompileMs?: number;
  error?: string;
}

/** The Convention's structure as content/ has it: what the synthetic document is built from. */
function structureFromContent() {
  const problems = new ProblemList();
  const content = loadContent(readContentFiles(resolve(ROOT, "content"), ROOT, problems), "content", problems);
  const chapterTitle = new Map((content.chapters?.data ?? []).map((c) => [c.numeral, c.title]));
  return content.articles
    .map((a) => ({ number: a.data.number, chapter: a.data.chapter, chapterTitle: chapterTitle.get(a.data.chapter) ?? a.data.chapter, title: a.data.title }))
    .sort((a, b) => a.number - b.number);
}

export async function measureOfficial(): Promise<OfficialMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), "treaty-bench-official-"));
  try {
    const pdf = await syntheticDocument(buildModel(structureFromContent(), contentPins(resolve(ROOT, "content")))).pdf();
    const pdfPath = join(dir, "synthetic.pdf");
    const out = join(dir, "official.json");
    writeFileSync(pdfPath, pdf);
    const child = await run(resolve(BIN, "tsx"), [resolve(ROOT, "scripts", "bench", "official-child.ts"), pdfPath, out], { cwd: ROOT, timeoutMs: 120_000 });
    if (!existsSync(out)) return { pdfBytes: pdf.length, error: `exit ${child.code}: ${child.stderr.trim().split("\n").slice(-3).join(" ")}` };
    const result = JSON.parse(readFileSync(out, "utf8")) as OfficialChildResult;
    return {
      pdfBytes: pdf.length,
      result,
      coldMs: result.importMs[0],
      warmMs: median(result.importMs.slice(1)),
      extraCompileMs: result.extra.readAndValidateMs + result.extra.checkMs + result.extra.writeOfficialJsonMs,
    };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
