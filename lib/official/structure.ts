import { ImportError } from "./errors";
import { joinLines, type BodyLine, type SourcePage } from "./lines";
import { parseProvisions } from "./provisions";
import type { OfficialArticle, OfficialChapter } from "./schema";
import type { Vocabulary } from "./vocabulary";

/** The Convention as found in the document, before the import adds where it came from. */
export interface ParsedConvention {
  title: string;
  preamble: string[];
  chapters: OfficialChapter[];
  articles: OfficialArticle[];
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const MARKER_LINE = /^(?:\d{1,3}\.|\([a-z]{1,5}\))(?:\s|$)/u;

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = ROMAN_VALUES[numeral[i]!] ?? 0;
    total += value < (ROMAN_VALUES[numeral[i + 1] ?? ""] ?? 0) ? -value : value;
  }
  return total;
}

/** A heading's title: the next line and those running on in its block (a title may wrap), at most three. */
function headingTitle(lines: readonly BodyLine[], start: number, isHeading: (text: string) => boolean): { title: string; end: number } {
  let end = start;
  while (
    end < lines.length &&
    end - start < 3 &&
    !isHeading(lines[end]!.text) &&
    (end === start || !lines[end]!.blockStart) &&
    !(end > start && MARKER_LINE.test(lines[end]!.text))
  )
    end += 1;
  return { title: joinLines(lines.slice(start, end).map((line) => line.text)), end };
}

/** Splits preamble lines into its paragraphs at block starts. */
function recitals(lines: readonly BodyLine[]): string[] {
  const blocks: string[][] = [];
  for (const line of lines) {
    if (line.blockStart || blocks.length === 0) blocks.push([line.text]);
    else blocks.at(-1)!.push(line.text);
  }
  return blocks.map(joinLines).filter((text) => text !== "");
}

function noAnnex(lines: readonly BodyLine[], words: Vocabulary): ImportError {
  const resolution = lines.some((line) => words.resolution.test(line.text));
  return new ImportError(
    "no-annex",
    resolution
      ? 'this is the resolution without its annex: no "Annex" heading follows the resolution, so the Convention\'s text is not in the file. Use the complete document A/RES/79/243, which carries the Convention as its annex.'
      : 'no "Annex" heading found: this does not look like document A/RES/79/243 (the resolution with the Convention annexed).',
  );
}

/** Walks the chapters and articles after the preamble. */
function articlesFrom(lines: readonly BodyLine[], words: Vocabulary): { chapters: OfficialChapter[]; articles: OfficialArticle[] } {
  const chapters: OfficialChapter[] = [];
  const articles: OfficialArticle[] = [];
  let body: string[] = [];
  let open: OfficialArticle | undefined;
  const close = () => {
    if (open) open.provisions = parseProvisions(open.number, body);
    open = undefined;
    body = [];
  };
  const chapterAt = (text: string) => {
    const numeral = words.chapter.exec(text)?.[1];
    return numeral !== undefined && romanValue(numeral) === chapters.length + 1 ? numeral : undefined;
  };
  const articleAt = (text: string) => {
    const number = words.article.exec(text)?.[1];
    return number !== undefined && Number(number) === articles.length + 1 ? Number(number) : undefined;
  };
  const isHeading = (text: string) => chapterAt(text) !== undefined || articleAt(text) !== undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]!.text;
    if (words.closing.test(text)) break;
    const numeral = chapterAt(text);
    const number = articleAt(text);
    if (numeral === undefined && number === undefined) {
      body.push(text);
      continue;
    }
    close();
    const { title, end } = headingTitle(lines, i + 1, isHeading);
    if (numeral !== undefined) chapters.push({ numeral, title });
    else {
      const chapter = chapters.at(-1);
      if (!chapter) throw new ImportError("not-the-convention", `article ${number} comes before any chapter heading; the Convention is divided into chapters.`);
      open = { number: number!, chapter: chapter.numeral, title, provisions: [] };
      articles.push(open);
    }
    i = end - 1;
  }
  close();
  return { chapters, articles };
}

/**
 * Finds the Convention in the document body: skips the resolution up to "Annex", takes the
 * title, the preamble's paragraphs, then every chapter and article in sequence.
 */
export function parseConvention(pages: readonly SourcePage[], words: Vocabulary): ParsedConvention {
  const lines: BodyLine[] = pages.flatMap((page) => page.lines.map((line) => ({ ...line, page: page.number })));
  const annex = lines.findIndex((line) => words.annex.test(line.text));
  if (annex === -1) throw noAnnex(lines, words);
  const rest = lines.slice(annex + 1);
  const first = rest.findIndex((line) => words.chapter.test(line.text) || words.article.test(line.text));
  const front = first === -1 ? rest : rest.slice(0, first);
  const preambleAt = front.findIndex((line) => words.preamble.test(line.text));
  const title = joinLines((preambleAt === -1 ? front : front.slice(0, preambleAt)).map((line) => line.text));
  const preamble = preambleAt === -1 ? [] : recitals(front.slice(preambleAt + 1));
  const { chapters, articles } = first === -1 ? { chapters: [], articles: [] } : articlesFrom(rest.slice(first), words);
  return { title, preamble, chapters, articles };
}
