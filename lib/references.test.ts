import { describe, expect, it } from "vitest";
import { parsePinpoint } from "./pinpoint";
import { findReferences, targetKey, type ReferenceContext } from "./references";

const inArticle = (article: number, paragraph?: string): ReferenceContext => ({
  article,
  paragraph: paragraph ? parsePinpoint(paragraph) : undefined,
});

/** [prose, context, expected edge targets, expected link texts] */
const table: Array<[string, ReferenceContext, string[], string[]]> = [
  ["see article 28 for searches", {}, ["28"], ["article 28"]],
  ["under Article 28(4) engineers", {}, ["28(4)"], ["Article 28(4)"]],
  ["Art. 40(21)(b) lists grounds", {}, ["40(21)(b)"], ["Art. 40(21)(b)"]],
  ["art 40(22)", {}, ["40(22)"], ["art 40(22)"]],
  ["the offences in articles 7 to 10", {}, ["7", "8", "9", "10"], ["articles 7", "10"]],
  ["articles 7–10 apply", {}, ["7", "8", "9", "10"], ["articles 7", "10"]],
  ["articles 7-10 apply", {}, ["7", "8", "9", "10"], ["articles 7", "10"]],
  ["articles 29 and 30 cover real time", {}, ["29", "30"], ["articles 29", "30"]],
  ["articles 42, 43 and 44", {}, ["42", "43", "44"], ["articles 42", "43", "44"]],
  ["articles 42, 43, and 44", {}, ["42", "43", "44"], ["articles 42", "43", "44"]],
  ["Arts. 14–16 offences", {}, ["14", "15", "16"], ["Arts. 14", "16"]],
  ["articles 14(4)(a) and 15(3)", {}, ["14(4)(a)", "15(3)"], ["articles 14(4)(a)", "15(3)"]],
  ["as paragraph 3 of this article says", inArticle(15), ["15(3)"], ["paragraph 3 of this article"]],
  ["see paragraph 1 (a)", inArticle(11), ["11(1)(a)"], ["paragraph 1 (a)"]],
  ["see paragraph 1(a)(ii)", inArticle(11), ["11(1)(a)(ii)"], ["paragraph 1(a)(ii)"]],
  ["subparagraph (b) of paragraph 2", inArticle(14), ["14(2)(b)"], ["subparagraph (b) of paragraph 2"]],
  ["sub-paragraph (c) of paragraph 2", inArticle(23), ["23(2)(c)"], ["sub-paragraph (c) of paragraph 2"]],
  ["subparagraph (c) widens it", inArticle(23, "23(2)"), ["23(2)(c)"], ["subparagraph (c)"]],
  ["subparagraph (h)", inArticle(2), ["2(h)"], ["subparagraph (h)"]],
  ["paragraph 2 of article 24", {}, ["24(2)"], ["paragraph 2 of article 24"]],
  ["paragraphs 1 and 2", inArticle(6), ["6(1)", "6(2)"], ["paragraphs 1", "2"]],
  ["unlike paragraph 2, this", inArticle(9), ["9(2)"], ["paragraph 2"]],
  ["the definition in article 2(h) matters", {}, ["2(h)"], ["article 2(h)"]],
  ["read with Article 2 (e)(ii)", {}, ["2(e)(ii)"], ["Article 2 (e)(ii)"]],
  ["Chapter IV powers", {}, ["chapter:IV"], ["Chapter IV"]],
  ["see chapter V and article 35", {}, ["chapter:V", "35"], ["chapter V", "article 35"]],
  ["article 17 and article 22", {}, ["17", "22"], ["article 17", "article 22"]],
  ["ARTICLE 65(1)", {}, ["65(1)"], ["ARTICLE 65(1)"]],
  ["Articles 61 and 62.", {}, ["61", "62"], ["Articles 61", "62"]],
  ["(article 41)", {}, ["41"], ["article 41"]],
  ["articles 23 through 30", {}, ["23", "24", "25", "26", "27", "28", "29", "30"], ["articles 23", "30"]],
  ["articles 35 or 40", {}, ["35", "40"], ["articles 35", "40"]],
];

describe("findReferences", () => {
  it.each(table)("%j", (text, context, targets, linkTexts) => {
    const matches = findReferences(text, context);
    expect(matches.flatMap((m) => m.targets.map(targetKey))).toEqual(targets);
    expect(matches.flatMap((m) => m.links.map((l) => text.slice(l.start, l.end)))).toEqual(linkTexts);
  });

  it("has a table of at least 30 phrasings", () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  const negatives: Array<[string, ReferenceContext]> = [
    ["the article was 28 pages long", {}],
    ["particle 28 is not a reference", {}],
    ["paragraph 3 of this article", {}], // no article to resolve against
    ["the articles of faith", {}],
    ["subparagraph (b)", {}],
    ["article 5 and 40 countries", {}], // a singular keyword starts no list
    ["Chapters of a book", {}],
    ["articles 288abc", {}],
  ];
  it.each(negatives)("finds nothing in %j", (text, context) => {
    const matches = findReferences(text, context);
    const article5 = text.startsWith("article 5") ? ["5"] : [];
    expect(matches.flatMap((m) => m.targets.map(targetKey))).toEqual(article5);
  });
});
