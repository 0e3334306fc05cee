import { dropFurniture } from "./furniture";
import { markPageTops, normalizeLine, type SourceLine, type SourcePage } from "./lines";

/** A superscript footnote marker run into the text, as text extraction leaves it: `Convention,1`. */
const MARKER = /(?<=[A-Za-z.,;:)’”"'])(\d{1,3})(?=[\s,.;:)]|$)/gu;
/** The first line of a footnote at the page foot: `1 Resolution 55/25.` or the number alone. */
const FOOTNOTE_START = /^(\d{1,3})(?:\s+\S.*)?$/u;

/**
 * Splits plain text (pages separated by form feeds, paragraphs by blank lines) into pages of
 * lines. A text without any blank line is taken as one paragraph per line, as copied from a web
 * page. A line's fill is its length against the document's full line length.
 */
export function textToPages(text: string): SourcePage[] {
  const rawPages = text.replace(/\r\n?/gu, "\n").split("\f");
  if (rawPages.length > 1 && rawPages.at(-1)!.trim() === "") rawPages.pop();
  const onePerLine = !/\n[ \t]*\n/u.test(text.replace(/\f/gu, "\n"));
  const lengths = rawPages
    .flatMap((page) => page.split("\n").map((line) => line.trim().length))
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? 1;
  return rawPages.map((page, index) => {
    const lines: SourceLine[] = [];
    let blank = false;
    for (const raw of page.split("\n")) {
      const line = normalizeLine(raw);
      if (line === "") {
        blank = true;
        continue;
      }
      lines.push({ text: line, blockStart: onePerLine || (blank && lines.length > 0), fill: Math.min(1, line.length / full) });
      blank = false;
    }
    return { number: index + 1, lines };
  });
}

/**
 * Removes footnotes from a text page: the block at the page foot whose first line starts with the
 * number of a marker run into the text above, and those markers themselves.
 */
export function dropTextFootnotes(page: SourcePage): SourcePage {
  const markers = new Set<string>();
  for (const [index, line] of page.lines.entries()) {
    const number = FOOTNOTE_START.exec(line.text)?.[1];
    if (index > 0 && number !== undefined && markers.has(number)) {
      const footnotes = page.lines
        .slice(index)
        .flatMap((foot) => FOOTNOTE_START.exec(foot.text)?.[1] ?? [])
        .filter((n) => markers.has(n));
      return { number: page.number, lines: stripMarkers(page.lines.slice(0, index), new Set(footnotes)) };
    }
    for (const match of line.text.matchAll(MARKER)) markers.add(match[1]!);
  }
  return page;
}

function stripMarkers(lines: SourceLine[], markers: ReadonlySet<string>): SourceLine[] {
  return lines.map((line) => ({ ...line, text: line.text.replace(MARKER, (marker) => (markers.has(marker) ? "" : marker)) }));
}

/** Plain text → clean body pages: furniture and footnotes gone, block starts decided at page tops. */
export function readTextPages(text: string): { pages: SourcePage[]; symbol?: string; pageCount: number } {
  const pages = textToPages(text);
  const { pages: plain, symbol } = dropFurniture(pages);
  const tops = plain.map((page) => ({ number: page.number, lines: page.lines.map((line, index) => (index === 0 ? { ...line, blockStart: false } : line)) }));
  return { pages: markPageTops(tops.map(dropTextFootnotes)), symbol, pageCount: pages.length };
}
