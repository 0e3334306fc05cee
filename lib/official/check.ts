import { z } from "zod";
import type { LoadedContent } from "../compile/load";
import type { ProblemList } from "../compile/problems";
import { parsePinpoint, pinpointDepth } from "../pinpoint";
import { describeSiblings } from "./describe";
import { officialLanguage, officialSource, type OfficialText } from "./schema";

/** What the content build found when it held content/ against the official text. */
export const officialReport = z.strictObject({
  language: officialLanguage,
  source: officialSource,
  /** Digest paragraphs whose pinpoint the official text has: their numbering is checked. */
  checked: z.array(z.string()),
  /** Official paragraphs and items that no digest paragraph covers, in document order. */
  uncovered: z.array(z.string()),
  /** Paragraphs and items in the official text (an article's own text not counted). */
  provisions: z.number().int(),
});

export type OfficialReport = z.infer<typeof officialReport>;

const below = (pin: string) => pinpointDepth(parsePinpoint(pin)!) > 0;

function checkChapters(content: LoadedContent, official: OfficialText, problems: ProblemList): void {
  const chapters = content.chapters;
  if (!chapters) return;
  for (const [index, chapter] of chapters.data.entries()) {
    const match = official.chapters.find((c) => c.numeral === chapter.numeral);
    if (!match)
      problems.add(
        chapters.path,
        chapters.source.positionOf([index, "numeral"]),
        "official-mismatch",
        `chapter ${chapter.numeral} is not in the official text`,
      );
    else if (match.title !== chapter.title) {
      problems.add(
        chapters.path,
        chapters.source.positionOf([index, "title"]),
        "title-mismatch",
        `chapter ${chapter.numeral} is titled "${match.title}" in the official text, not "${chapter.title}"`,
      );
    }
  }
}

/**
 * Holds content/ against the imported official text: every article's number, chapter and title
 * must match exactly, and every digest paragraph's pinpoint must exist. Problems point at the
 * place in content/ to fix; `officialPath` is where problems with no place in content/ go.
 */
export function checkOfficialText(content: LoadedContent, official: OfficialText, problems: ProblemList, officialPath: string): OfficialReport {
  const byNumber = new Map(official.articles.map((article) => [article.number, article]));
  const pins = new Set(official.articles.flatMap((article) => article.provisions.map((provision) => provision.pin)));
  const covered = new Set<string>();
  const checked: string[] = [];
  checkChapters(content, official, problems);
  for (const article of content.articles) {
    const { path, data, source } = article;
    const match = byNumber.get(data.number);
    if (!match) {
      problems.add(
        path,
        source.positionOf(["number"]),
        "official-mismatch",
        `article ${data.number} is not in the official text (it has articles 1–${official.articles.length})`,
      );
      continue;
    }
    covered.add(String(data.number));
    if (match.chapter !== data.chapter)
      problems.add(
        path,
        source.positionOf(["chapter"]),
        "official-mismatch",
        `article ${data.number} is in chapter ${match.chapter} of the official text, not ${data.chapter}`,
      );
    if (match.title !== data.title)
      problems.add(
        path,
        source.positionOf(["title"]),
        "title-mismatch",
        `article ${data.number} is titled "${match.title}" in the official text, not "${data.title}"`,
      );
    for (const block of article.blocks) {
      if (pins.has(block.pin)) {
        checked.push(block.pin);
        covered.add(block.pin);
      } else {
        problems.add(
          path,
          block.position?.start,
          "not-in-official-text",
          `pinpoint ${block.pin} is not in the official text (${describeSiblings(block.pin, pins)})`,
        );
      }
    }
  }
  for (const article of official.articles) {
    if (!covered.has(String(article.number)))
      problems.add(
        officialPath,
        undefined,
        "official-mismatch",
        `the official text has article ${article.number} (${article.title}), which content/articles lacks`,
      );
  }
  const all = [...pins].filter(below);
  return { language: official.language, source: official.source, checked, uncovered: all.filter((pin) => !covered.has(pin)), provisions: all.length };
}
