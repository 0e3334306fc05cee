/**
 * Lays the synthetic blocks out on A4 pages the way UN documents are set: running header with
 * the symbol, centred bold headings kept with what follows, paragraphs that run over page
 * breaks, footnotes in small type at the page foot, a page number `n/N` and, on page 1, the job
 * number. Both writers (pdf.ts, text.ts) print this one layout.
 */
import PDFDocument from "pdfkit";
import type { Block, BlockStyle } from "./blocks";

export const PAGE = { width: 595.28, height: 841.89, left: 72, right: 523, top: 86, bottom: 770, header: 48, footer: 808 };
export const FONT: Record<BlockStyle | "footnote", { name: string; size: number; leading: number }> = {
  masthead: { name: "Helvetica-Bold", size: 14, leading: 18 },
  heading: { name: "Times-Bold", size: 10, leading: 12 },
  body: { name: "Times-Roman", size: 10, leading: 12 },
  footnote: { name: "Times-Roman", size: 8, leading: 10 },
};
export const SUPERSCRIPT = { size: 6, rise: 3.5 };
/** Space between a marker (`1.`, `(a)`) and its text. */
export const MARKER_GAP = 24;

/** A word, with the footnote number printed after it in superscript. */
export interface Word {
  text: string;
  footnote?: number;
}

export interface LaidLine {
  style: BlockStyle;
  marker?: string;
  words: Word[];
  /** Left edge of the line's first character (the marker's when there is one); ignored when centred. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  centred: boolean;
  blockStart: boolean;
}

export interface LaidPage {
  number: number;
  lines: LaidLine[];
  footnotes: Array<{ number: number; lines: string[] }>;
}

const measurer = new PDFDocument({ autoFirstPage: false });
/** Width of text in a standard PDF font, from the font's metrics. */
export function widthOf(text: string, font: { name: string; size: number }): number {
  return measurer.font(font.name).fontSize(font.size).widthOfString(text);
}

function wrap(words: readonly Word[], firstWidth: number, width: number, font: { name: string; size: number }): Word[][] {
  const lines: Word[][] = [[]];
  let used = 0;
  for (const word of words) {
    const line = lines.at(-1)!;
    const extra = widthOf(line.length === 0 ? word.text : ` ${word.text}`, font);
    if (line.length > 0 && used + extra > (lines.length === 1 ? firstWidth : width)) {
      lines.push([word]);
      used = widthOf(word.text, font);
    } else {
      line.push(word);
      used += extra;
    }
  }
  return lines;
}

interface Flowing {
  block: Block;
  lines: Array<Omit<LaidLine, "y" | "blockStart">>;
  footnote?: { number: number; lines: string[] };
}

function setBlock(block: Block, footnoteNumber: number): Flowing {
  const font = FONT[block.style];
  const words: Word[] = block.text
    .split(" ")
    .map((text, index) => (block.footnote && index + 1 === block.footnote.afterWord ? { text, footnote: footnoteNumber } : { text }));
  const textWidth = PAGE.right - PAGE.left;
  if (block.style !== "body") {
    return { block, lines: wrap(words, textWidth * 0.7, textWidth * 0.7, font).map((line) => ({ style: block.style, words: line, x: 0, centred: true })) };
  }
  // Items hang: their later lines keep the item's indentation; paragraphs return to the margin.
  const hanging = block.indent > 36 ? block.indent : 0;
  const first = block.indent + (block.marker ? MARKER_GAP : 0);
  const lines = wrap(words, textWidth - first, textWidth - hanging, font).map((line, index) => ({
    style: block.style,
    marker: index === 0 ? block.marker : undefined,
    words: line,
    x: PAGE.left + (index === 0 ? block.indent : hanging),
    centred: false,
  }));
  const footnote = block.footnote
    ? {
        number: footnoteNumber,
        lines: wrap(
          block.footnote.text.split(" ").map((text) => ({ text })),
          textWidth - 10,
          textWidth - 10,
          FONT.footnote,
        ).map((l) => l.map((w) => w.text).join(" ")),
      }
    : undefined;
  return { block, lines, footnote };
}

const footnoteHeight = (footnotes: LaidPage["footnotes"]) =>
  footnotes.length === 0 ? 0 : 14 + footnotes.reduce((sum, f) => sum + f.lines.length * FONT.footnote.leading, 0);

/** Sets every block into lines and pages. */
export function layOut(blocks: readonly Block[]): LaidPage[] {
  const flowing: Flowing[] = [];
  let footnotes = 0;
  for (const block of blocks) flowing.push(setBlock(block, block.footnote ? ++footnotes : 0));
  const pages: LaidPage[] = [{ number: 1, lines: [], footnotes: [] }];
  let y = PAGE.top;
  const newPage = () => {
    pages.push({ number: pages.length + 1, lines: [], footnotes: [] });
    y = PAGE.top;
  };
  for (const [index, item] of flowing.entries()) {
    const font = FONT[item.block.style];
    const page = () => pages.at(-1)!;
    const atTop = () => page().lines.length === 0;
    const gap = atTop() ? 0 : item.block.gapBefore;
    // A heading keeps with the headings after it and two lines of the text they introduce.
    let keep = item.lines.length * font.leading;
    for (let next = index + 1; item.block.keepWithNext && next < flowing.length; next += 1) {
      const following = flowing[next]!;
      keep +=
        following.block.gapBefore +
        Math.min(following.block.keepWithNext ? following.lines.length : 2, following.lines.length) * FONT[following.block.style].leading;
      if (!following.block.keepWithNext) break;
    }
    if (item.block.keepWithNext && !atTop() && y + gap + keep > PAGE.bottom - footnoteHeight(page().footnotes)) newPage();
    y += atTop() ? font.size : gap + font.leading;
    for (const [lineIndex, line] of item.lines.entries()) {
      const note = item.footnote && line.words.some((word) => word.footnote !== undefined) ? item.footnote : undefined;
      if (lineIndex > 0) y += font.leading;
      if (y > PAGE.bottom - footnoteHeight(note ? [...page().footnotes, note] : page().footnotes)) {
        newPage();
        y += font.size;
      }
      page().lines.push({ ...line, y, blockStart: lineIndex === 0 });
      if (note) page().footnotes.push(note);
    }
  }
  return pages;
}
