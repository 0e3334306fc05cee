/** The synthetic model as a flow of blocks in the UN layout, before lines and pages. */
import { parsePinpoint } from "../../lib/pinpoint";
import type { SyntheticModel } from "./model";

export type BlockStyle = "masthead" | "heading" | "body";

export interface Block {
  style: BlockStyle;
  /** Printed before the text on the first line, set apart: `1.`, `(a)`. */
  marker?: string;
  text: string;
  /** Indentation of the first line, in points from the left margin. */
  indent: number;
  /** Extra space above, in points. */
  gapBefore: number;
  /** A footnote whose marker follows the given word of the text (1-based). */
  footnote?: { text: string; afterWord: number };
  /** Keep on the page of the next block (headings). */
  keepWithNext?: boolean;
}

const heading = (text: string, gapBefore: number): Block => ({ style: "heading", text, indent: 0, gapBefore, keepWithNext: true });
const body = (text: string, options: Partial<Block> = {}): Block => ({ style: "body", text, indent: 36, gapBefore: 6, ...options });

function resolutionBlocks(model: SyntheticModel): Block[] {
  const r = model.resolution;
  return [
    { style: "masthead", text: "United Nations", indent: 0, gapBefore: 0 },
    { style: "masthead", text: "General Assembly", indent: 0, gapBefore: 4 },
    body("Distr.: General 10 January 2025", { indent: 0 }),
    body("Seventy-ninth session Agenda item 109", { indent: 0, gapBefore: 0 }),
    heading("Resolution adopted by the General Assembly on 24 December 2024", 12),
    body("[on the report of the Third Committee (A/79/460, para. 9)]", { indent: 0 }),
    heading(r.title, 12),
    body("The General Assembly,"),
    ...r.preamble.map((text, i) => body(text, i === 0 ? { footnote: { text: r.footnote, afterWord: 5 } } : {})),
    ...r.operative.map((text, i) => body(text, { marker: `${i + 1}.` })),
  ];
}

function conventionBlocks(model: SyntheticModel): Block[] {
  const blocks: Block[] = [heading("Annex", 18), heading(model.title, 12), heading("Preamble", 12), body("The Parties to this Convention,")];
  blocks.push(...model.preamble.map((text, i) => body(text, i === 1 ? { footnote: { text: model.preambleFootnote, afterWord: 4 } } : {})));
  let chapter = "";
  for (const article of model.articles) {
    if (article.chapter !== chapter) {
      chapter = article.chapter;
      const title = model.chapters.find((c) => c.numeral === chapter)!.title;
      blocks.push(heading(`Chapter ${chapter}`, 18), { ...heading(title, 0), gapBefore: 0 });
    }
    blocks.push(heading(`Article ${article.number}`, 14), { ...heading(article.title, 0), gapBefore: 0 });
    for (const provision of article.provisions) {
      const pin = parsePinpoint(provision.pin)!;
      const depth = pin.roman ? 2 : pin.letter ? 1 : 0;
      blocks.push(
        body(provision.text, {
          marker: provision.marker || undefined,
          indent: 36 + depth * 18,
          footnote: provision.footnote ? { text: provision.footnote, afterWord: 6 } : undefined,
        }),
      );
    }
  }
  blocks.push(body("In witness whereof, the undersigned, being duly authorized thereto, have signed this synthetic Convention."));
  return blocks;
}

/** Every block of the document in reading order; the annex only when the model has it. */
export function documentBlocks(model: SyntheticModel): Block[] {
  return [...resolutionBlocks(model), ...(model.annex ? conventionBlocks(model) : [])];
}
