/**
 * Writes the laid-out synthetic document as plain text the way `pdftotext` prints a PDF: pages
 * separated by form feeds, blocks by blank lines, footnote markers run into the word before
 * them, footnotes and footer at the page foot.
 */
import { footerOf, headerOf } from "./furniture";
import type { LaidLine, LaidPage } from "./layout";

function lineText(line: LaidLine): string {
  const words = line.words.map((word) => (word.footnote === undefined ? word.text : `${word.text}${word.footnote}`)).join(" ");
  return line.marker ? `${line.marker} ${words}` : words;
}

function pageText(page: LaidPage, total: number, symbol: string): string {
  const out: string[] = [];
  const header = headerOf(page.number, symbol);
  if (header) out.push([header.left, header.right].filter(Boolean).join(" "), "");
  for (const [index, line] of page.lines.entries()) {
    if (line.blockStart && index > 0) out.push("");
    out.push(lineText(line));
  }
  for (const footnote of page.footnotes) out.push("", `${footnote.number} ${footnote.lines[0]}`, ...footnote.lines.slice(1));
  const footer = footerOf(page.number, total);
  out.push("", [footer.left, footer.right].filter(Boolean).join(" "));
  return `${out.join("\n")}\n`;
}

/** The text form of the document. */
export function writeText(pages: readonly LaidPage[], symbol: string): string {
  return pages.map((page) => pageText(page, pages.length, symbol)).join("\f");
}
