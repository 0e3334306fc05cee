/** A page of lines of any kind: the PDF reader's positioned lines or the text reader's. */
export interface Page<Line> {
  number: number;
  lines: Line[];
}

/** A UN document symbol such as `A/RES/79/243` or `A/79/460`. */
export const SYMBOL = /\b[A-Z]{1,2}\/(?:RES\/)?\d{1,3}\/[0-9A-Z.]+(?:\/[0-9A-Z.]+)*/u;

/** Pieces of page furniture that can share a line: symbol, `12/41`, job number `24-24510 (E)`, date stamp, barcode. */
const FURNITURE_TOKEN = new RegExp(
  [
    SYMBOL.source,
    String.raw`\b\d{1,3}\/\d{1,3}\b`,
    String.raw`\b\d{2}-\d{5}\b`,
    String.raw`\(E\)`,
    String.raw`\b\d{6}\b`,
    String.raw`\*\d{5,9}\*`,
    String.raw`Please recycle`,
    String.raw`^\d{1,3}$`,
  ].join("|"),
  "gu",
);

const SYMBOL_FIRST = new RegExp(`^${SYMBOL.source}`, "u");
const SYMBOL_LAST = new RegExp(`${SYMBOL.source}$`, "u");

/** How many lines at the top and at the foot of a page may be furniture. */
const EDGE = 3;

function isFurnitureLine(text: string, atTop: boolean): boolean {
  if (text.replace(FURNITURE_TOKEN, "").trim() === "") return true;
  // The running header: the symbol beside a running title, at either end of the line.
  return atTop && (SYMBOL_FIRST.test(text) || SYMBOL_LAST.test(text));
}

/** Lines that stand at the edge of at least a third of the pages (3 or more): a running header or footer. */
function repeatedEdgeLines(pages: ReadonlyArray<Page<{ text: string }>>): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edge = new Set([...page.lines.slice(0, EDGE), ...page.lines.slice(-EDGE)].map((line) => line.text.trim()));
    for (const text of edge) if (text !== "") counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length / 3));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([text]) => text));
}

/**
 * Drops the running header (document symbol and title), the job number, page numbers such as
 * `12/41` and any line repeated at the edge of many pages. Returns the document symbol found in
 * the furniture, which names the document the text came from.
 */
export function dropFurniture<Line extends { text: string }>(pages: ReadonlyArray<Page<Line>>): { pages: Array<Page<Line>>; symbol?: string } {
  const repeated = repeatedEdgeLines(pages);
  let symbol: string | undefined;
  const cleaned = pages.map((page) => {
    const count = page.lines.length;
    const lines = page.lines.filter((line, index) => {
      const atTop = index < EDGE;
      const atFoot = index >= count - EDGE;
      if (!atTop && !atFoot) return true;
      const text = line.text.trim();
      const furniture = isFurnitureLine(text, atTop) || repeated.has(text);
      if (furniture) symbol ??= SYMBOL.exec(text)?.[0];
      return !furniture;
    });
    return { number: page.number, lines };
  });
  return { pages: cleaned, symbol };
}
