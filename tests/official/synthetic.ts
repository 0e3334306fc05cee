/**
 * Synthetic UN documents for the importer's tests and the bench: the model (model.ts) laid out
 * (layout.ts) and written as PDF and text, plus the bad inputs the importer must refuse.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { OfficialText } from "../../lib/official/schema";
import type { ParsedConvention } from "../../lib/official/structure";
import { documentBlocks } from "./blocks";
import { layOut, type LaidPage } from "./layout";
import { buildModel, tagOf, wording, type StructureRow, type SyntheticModel } from "./model";
import { writePdf, type PdfOptions } from "./pdf";
import { writeText } from "./text";

export { buildModel, tagOf, type SyntheticModel };

/** Rows of ../shared/treaty/structure.tsv: article, chapter numeral, chapter title, article title. */
export function readStructure(path: string): StructureRow[] {
  return readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [number, chapter, chapterTitle, title] = line.split("\t");
      return { number: Number(number), chapter: chapter!, chapterTitle: chapterTitle!, title: title! };
    });
}

/** Every pinpoint of a `:::paragraph{pin="…"}` block in content/articles. */
export function contentPins(contentDir: string): string[] {
  const dir = join(contentDir, "articles");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) => [...readFileSync(join(dir, name), "utf8").matchAll(/^:::paragraph\{[^}]*\bpin="([^"]+)"/gmu)].map((match) => match[1]!));
}

export interface SyntheticDocument {
  model: SyntheticModel;
  pages: LaidPage[];
  text: string;
  pdf: (options?: Omit<PdfOptions, "symbol">) => Promise<Uint8Array>;
}

/** Lays the model out once; the PDF and the text print the same pages. */
export function syntheticDocument(model: SyntheticModel): SyntheticDocument {
  const pages = layOut(documentBlocks(model));
  return { model, pages, text: writeText(pages, model.symbol), pdf: (options = {}) => writePdf(pages, { symbol: model.symbol, ...options }) };
}

/** What the importer should find in the model's document. */
export function expectedConvention(model: SyntheticModel): ParsedConvention {
  return {
    title: model.title,
    preamble: ["The Parties to this Convention,", ...model.preamble],
    chapters: model.chapters,
    articles: model.articles.map((article) => ({
      number: article.number,
      chapter: article.chapter,
      title: article.title,
      provisions: article.provisions.map(({ pin, text }) => ({ pin, text })),
    })),
  };
}

/** The official text the importer would write for the model, without laying out or reading a PDF. */
export function officialFromModel(model: SyntheticModel): OfficialText {
  return {
    format: 1,
    language: "en",
    symbol: model.symbol,
    source: { fileName: "synthetic.pdf", sha256: "0".repeat(64), format: "pdf", pages: 23, importedAt: "2026-12-03" },
    ...expectedConvention(model),
  };
}

/** The resolution alone: everything before "Annex". */
export function withoutAnnex(model: SyntheticModel): SyntheticModel {
  return { ...model, annex: false };
}

/** Another treaty in the same layout: 48 articles with invented titles in 4 chapters. */
export function otherTreaty(model: SyntheticModel): SyntheticModel {
  const chapters = ["I", "II", "III", "IV"].map((numeral, i) => ({ numeral, title: `Invented part ${i + 1}` }));
  const articles = Array.from({ length: 48 }, (_, i) => ({
    number: i + 1,
    chapter: chapters[Math.floor(i / 12)]!.numeral,
    title: `Invented matter number ${i + 1}`,
    provisions: [1, 2].map((p) => ({ pin: `${i + 1}(${p})`, marker: `${p}.`, text: `${tagOf(`${i + 1}(${p})`)} ${wording(`other-${i}-${p}`, 20, ".")}` })),
  }));
  return { ...model, title: "Invented Agreement on Other Matters", chapters, articles };
}

/** The model with one provision (and anything below it) taken out, e.g. a pinpoint a digest uses. */
export function withoutProvision(model: SyntheticModel, pin: string): SyntheticModel {
  return {
    ...model,
    articles: model.articles.map((article) => {
      const provisions = article.provisions.filter((p) => p.pin !== pin && !p.pin.startsWith(`${pin}(`));
      // The provision before the removed one now ends the list.
      const last = provisions.at(-1);
      if (last && provisions.length !== article.provisions.length) last.text = last.text.replace(/[;:]$/u, ".");
      return { ...article, provisions };
    }),
  };
}
