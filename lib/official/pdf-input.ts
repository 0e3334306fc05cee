import { dropFurniture } from "./furniture";
import { markPageTops, normalizeLine, type SourcePage } from "./lines";

/** One run of text as the PDF places it: baseline position in points from the page's bottom left. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** The text runs of one PDF page, as pdf.js reports them. */
export interface PdfPageText {
  number: number;
  items: PdfTextItem[];
}

/** A line put together from items on one baseline. */
interface PlacedLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
}

/** Type smaller than this share of the body size is a footnote, a superscript marker or a page stamp. */
const SMALL_TYPE = 0.85;

/** The most common value, weighted, after rounding to half a point. */
function mode(values: ReadonlyArray<[value: number, weight: number]>): number {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) weights.set(Math.round(value * 2) / 2, (weights.get(Math.round(value * 2) / 2) ?? 0) + weight);
  return [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** Groups the page's body-size items into lines, top to bottom; a gap between items becomes a space. */
function placeLines(items: readonly PdfTextItem[], bodySize: number): PlacedLine[] {
  const body = items.filter((item) => item.text.trim() !== "" && item.size >= bodySize * SMALL_TYPE).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of body) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.y - item.y) <= bodySize * 0.3) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    let text = "";
    let end = sorted[0]!.x;
    for (const item of sorted) {
      if (text !== "" && item.x - end > item.size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.text)) text += " ";
      text += item.text;
      end = item.x + item.width;
    }
    return { text: normalizeLine(text), x0: sorted[0]!.x, x1: end, y: sorted[0]!.y };
  });
}

interface Geometry {
  left: number;
  right: number;
  leading: number;
}

function measure(pages: ReadonlyArray<{ lines: PlacedLine[] }>): Geometry {
  const lines = pages.flatMap((page) => page.lines);
  const left = mode(lines.map((line) => [line.x0, 1]));
  const rights = lines.map((line) => line.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? left + 1;
  const gaps = pages.flatMap((page) => page.lines.slice(1).map((line, index): [number, number] => [page.lines[index]!.y - line.y, 1]));
  return { left, right, leading: mode(gaps.filter(([gap]) => gap > 0)) || 12 };
}

function isCentred(line: PlacedLine, g: Geometry): boolean {
  return line.x0 > g.left + 12 && Math.abs((line.x0 + line.x1) / 2 - (g.left + g.right) / 2) < 6;
}

/** A new block: a larger gap, a change between centred and flush text, or a line indented further than the last. */
function startsBlock(line: PlacedLine, before: PlacedLine | undefined, g: Geometry): boolean {
  const centred = isCentred(line, g);
  if (before === undefined) return centred || line.x0 > g.left + 4;
  if (before.y - line.y > g.leading * 1.4) return true;
  if (centred !== isCentred(before, g)) return true;
  return !centred && line.x0 > before.x0 + 4;
}

/**
 * PDF text → clean body pages. Body size is the most common font size; smaller type (footnotes,
 * their superscript markers, page stamps) is dropped, then the page furniture; blocks follow
 * from gaps, indentation and centring.
 */
export function readPdfPages(pdfPages: readonly PdfPageText[]): { pages: SourcePage[]; symbol?: string } {
  const bodySize = mode(pdfPages.flatMap((page) => page.items.map((item): [number, number] => [item.size, item.text.trim().length])));
  const placed = pdfPages.map((page) => ({ number: page.number, lines: placeLines(page.items, bodySize) }));
  const { pages, symbol } = dropFurniture(placed);
  const g = measure(pages);
  const lines = pages.map((page) => ({
    number: page.number,
    lines: page.lines.map((line, index) => ({
      text: line.text,
      blockStart: startsBlock(line, page.lines[index - 1], g),
      fill: Math.min(1, (line.x1 - g.left) / Math.max(1, g.right - g.left)),
    })),
  }));
  return { pages: markPageTops(lines), symbol };
}
