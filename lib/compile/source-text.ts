/**
 * The "lines" of a source text: its non-empty lines after the front matter, numbered from 1.
 * Annotations point at these, and the coverage report counts them.
 */
export function sourceLines(text: string): string[] {
  const lines = text.replace(/\r\n?/gu, "\n").split("\n");
  let start = 0;
  if (lines[0]?.trim() === "---") {
    const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
    start = close === -1 ? 0 : close + 1;
  }
  return lines.slice(start).map((line) => line.trim()).filter((line) => line.length > 0);
}

/** Folds runs of white space so a quote split across a line break still matches. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Whether `quote` appears verbatim (white space folded) in the source text. */
export function quoteAppearsIn(quote: string, sourceText: string): boolean {
  return foldWhitespace(sourceText).includes(foldWhitespace(quote));
}
