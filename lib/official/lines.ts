/**
 * The common form both inputs are brought to: pages of text lines in reading order, each marked
 * when the layout shows that a new block (paragraph, heading) begins there. The PDF reader works
 * this out from positions and font sizes, the text reader from blank lines.
 */
export interface SourceLine {
  text: string;
  /** A new block begins here: a vertical gap, a change of indentation or centring, a blank line. */
  blockStart: boolean;
  /** How much of a full line's width this line fills (0–1); a paragraph's last line is usually short. */
  fill: number;
}

/** One page of the document as lines in reading order. */
export interface SourcePage {
  /** 1-based page number in the file. */
  number: number;
  lines: SourceLine[];
}

/**
 * One line's text in a plain form: ligatures (ﬁ, ﬀ) spelt out, no-break and other spaces made
 * ordinary, soft hyphens dropped, runs of spaces collapsed. Headings such as "Article 28" are
 * matched on this form, whatever spaces the document used.
 */
export function normalizeLine(text: string): string {
  return text
    .replace(/[\uFB00-\uFB06]/gu, (ligature) => ligature.normalize("NFKC"))
    .replace(/\u00AD/gu, "")
    .replace(/[\s\u00A0\u2000-\u200A\u202F]+/gu, " ")
    .trim();
}

/** Below this fill, a line ends its paragraph. */
const SHORT_LINE = 0.8;

/**
 * Decides whether each page's first line starts a new block. Where the reader saw no sign of one
 * on the page itself (indentation, centring), the last line of the page before tells: a short
 * line ended its paragraph, a full one runs on.
 */
export function markPageTops(pages: readonly SourcePage[]): SourcePage[] {
  let previous: SourceLine | undefined;
  return pages.map((page) => {
    const lines = page.lines.map((line, index) =>
      index === 0 && previous !== undefined ? { ...line, blockStart: line.blockStart || previous.fill < SHORT_LINE } : line,
    );
    previous = lines.at(-1) ?? previous;
    return { number: page.number, lines };
  });
}

/** A line of the document body once page furniture and footnotes are gone. */
export interface BodyLine extends SourceLine {
  page: number;
}

/**
 * Joins wrapped lines into running text. A line ending in a hyphen before a lower-case word is a
 * compound broken at its hyphen ("cross-" + "border"), not a word split by hyphenation: UN
 * documents are not hyphenated, so the hyphen stays and no space is added.
 */
export function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (out === "") out = line;
    else if (/[A-Za-z]-$/u.test(out) && /^[a-z]/u.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out.replace(/\s+/gu, " ");
}
