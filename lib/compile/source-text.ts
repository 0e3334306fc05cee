import { cutFrontmatter } from "./frontmatter";

/**
 * The "lines" of a source text: its non-empty lines after the front matter (if it has any),
 * numbered from 1. Annotations point at these, and the coverage report counts them.
 */
export function sourceLines(text: string): string[] {
  const normal = text.replace(/\r\n?/gu, "\n");
  const cut = cutFrontmatter(normal);
  const body = "missing" in cut ? normal.split("\n") : cut.bodyLines;
  return body.map((line) => line.trim()).filter((line) => line.length > 0);
}

/** Folds runs of white space so a quote split across a line break still matches. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Whether `quote` appears verbatim (white space folded) in the source text. */
export function quoteAppearsIn(quote: string, sourceText: string): boolean {
  return foldWhitespace(sourceText).includes(foldWhitespace(quote));
}
