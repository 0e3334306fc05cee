import { ImportError } from "./errors";
import type { ParsedConvention } from "./structure";

/** What content/ says the Convention holds. */
export interface ExpectedArticle {
  number: number;
  title: string;
}

const normal = (text: string) => text.replace(/\s+/gu, " ").trim();

/**
 * Refuses a document that is not the Convention the site describes: another number of articles,
 * or titles that mostly differ. A few differing titles are left to the content build, which
 * reports each one at its place in content/.
 */
export function assertSameConvention(parsed: ParsedConvention, expected: readonly ExpectedArticle[]): void {
  if (parsed.articles.length === 0) {
    throw new ImportError(
      "no-annex",
      'the annex holds no articles: no "Article 1" heading follows the annex\'s title. The file is incomplete or not the Convention.',
    );
  }
  const titles = new Map(expected.map((article) => [article.number, normal(article.title)]));
  const differing = parsed.articles.filter((article) => titles.get(article.number) !== normal(article.title));
  if (parsed.articles.length === expected.length && differing.length <= expected.length / 2) return;
  const counted =
    parsed.articles.length === expected.length
      ? `${parsed.articles.length} articles`
      : `${parsed.articles.length} articles where the Convention has ${expected.length}`;
  const example = differing[0];
  const titlesSay =
    differing.length === 0
      ? `their titles match as far as they go, so the text may stop early (the last is article ${parsed.articles.at(-1)!.number})`
      : `${differing.length === parsed.articles.length ? "titles do not match" : `${differing.length} titles do not match`} (article ${example!.number} is "${example!.title}"${titles.has(example!.number) ? `, expected "${titles.get(example!.number)}"` : ""})`;
  throw new ImportError("not-the-convention", `this is not the Convention this site describes: found ${counted}; ${titlesSay}.`);
}
