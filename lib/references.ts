import { formatPinpoint, parsePinpoint, type Pinpoint } from "./pinpoint";
import { nodeId } from "./graph/ids";

/** Where the prose being scanned sits, so "paragraph 3 of this article" can be resolved. */
export interface ReferenceContext {
  article?: number;
  paragraph?: Pinpoint;
}

export type ReferenceTarget = { kind: "provision"; pin: Pinpoint } | { kind: "chapter"; numeral: string };

/** One span of text to turn into a link. */
export interface ReferenceLink {
  start: number;
  end: number;
  target: ReferenceTarget;
}

/** A whole reference phrase; `targets` also holds range members with no text of their own (8 and 9 in "7 to 10"). */
export interface ReferenceMatch {
  start: number;
  end: number;
  links: ReferenceLink[];
  targets: ReferenceTarget[];
}

const PIN = String.raw`\d{1,3}(?:\s?\(\d{1,3}\))?(?:\s?\([a-z]\))?(?:\s?\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))?`;
const RANGE_SEPARATOR = String.raw`\s*(?:to|through|–|—|-)\s*`;
const LIST_SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

const ARTICLE_LIST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:articles|arts\.?)\s+(${PIN}(?:(?:${RANGE_SEPARATOR}|${LIST_SEPARATOR})${PIN})*)${NOT_WORD_AFTER}`,
  "giu",
);
const ARTICLE_ONE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:article|art\.?)\s+(${PIN})${NOT_WORD_AFTER}`, "giu");
const PARAGRAPH = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(paragraphs?)\s+(\d{1,3}(?:\s?\([a-z]\))?(?:\s?\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))?(?:${LIST_SEPARATOR}\d{1,3}(?:\s?\([a-z]\))?)*)(?:\s+of\s+(?:this\s+article|article\s+(\d{1,3})))?${NOT_WORD_AFTER}`,
  "giu",
);
const SUBPARAGRAPH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])sub-?paragraphs?\s+\(([a-z])\)(?:\s+of\s+paragraph\s+(\d{1,3}))?(?:\s+of\s+(?:this\s+article|article\s+(\d{1,3})))?`,
  "giu",
);
const CHAPTER = new RegExp(String.raw`(?<![\p{L}\p{N}])[Cc]hapter\s+([IVX]{1,4})(?![\p{L}\p{N}])`, "gu");
const PIN_IN_LIST = new RegExp(PIN, "giu");

function provision(pin: Pinpoint): ReferenceTarget {
  return { kind: "provision", pin };
}

/** "articles 7 to 10", "Art. 40(21)(b)", "articles 42, 43 and 44". */
function articleListMatches(text: string, pattern: RegExp): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const listText = match[1] ?? "";
    const listStart = match.index + match[0].length - listText.length;
    const links: ReferenceLink[] = [];
    const targets: ReferenceTarget[] = [];
    let previous: { pin: Pinpoint; end: number } | undefined;
    for (const item of listText.matchAll(PIN_IN_LIST)) {
      const pin = parsePinpoint(item[0]);
      if (!pin) continue;
      const start = listStart + item.index;
      const end = start + item[0].length;
      const between = previous ? text.slice(previous.end, start) : "";
      const isRange = previous !== undefined && new RegExp(`^${RANGE_SEPARATOR}$`, "iu").test(between);
      if (isRange && previous && isWholeArticle(previous.pin) && isWholeArticle(pin) && pin.article > previous.pin.article) {
        for (let n = previous.pin.article + 1; n < pin.article; n++) targets.push(provision({ article: n }));
      }
      // The first number carries the keyword in its link text ("articles 7"), as readers expect.
      links.push({ start: links.length === 0 ? match.index : start, end, target: provision(pin) });
      targets.push(provision(pin));
      previous = { pin, end };
    }
    if (links.length > 0) out.push({ start: match.index, end: links[links.length - 1]!.end, links, targets });
  }
  return out;
}

function isWholeArticle(pin: Pinpoint): boolean {
  return pin.paragraph === undefined && pin.letter === undefined;
}

/** "paragraph 3 of this article", "paragraph 1 (a)", "paragraphs 1 and 2", "paragraph 2 of article 24". */
function paragraphMatches(text: string, context: ReferenceContext): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  for (const match of text.matchAll(PARAGRAPH)) {
    const article = match[3] !== undefined ? Number(match[3]) : context.article;
    if (article === undefined) continue;
    const listText = match[2] ?? "";
    const listStart = match.index + match[0].indexOf(listText, (match[1] ?? "").length);
    const links: ReferenceLink[] = [];
    for (const item of listText.matchAll(/\d{1,3}(?:\s?\([a-z]\))?(?:\s?\([ivx]+\))?/giu)) {
      const [, number, rest] = /^(\d{1,3})\s?(.*)$/su.exec(item[0]) ?? [];
      const parsed = parsePinpoint(`${article}(${number})${(rest ?? "").replace(/\s/gu, "")}`);
      if (!parsed) continue;
      const start = listStart + item.index;
      links.push({ start: links.length === 0 ? match.index : start, end: start + item[0].length, target: provision(parsed) });
    }
    if (links.length === 0) continue;
    const end = match[3] !== undefined || /of\s+this\s+article$/iu.test(match[0]) ? match.index + match[0].length : links[links.length - 1]!.end;
    // When the phrase names its article ("… of this article"), the whole phrase is one link.
    if (end > links[links.length - 1]!.end && links.length === 1) links[0] = { ...links[0]!, end };
    out.push({ start: match.index, end, links, targets: links.map((link) => link.target) });
  }
  return out;
}

/** "subparagraph (b) of paragraph 2", or "subparagraph (c)" inside paragraph 2 itself. */
function subparagraphMatches(text: string, context: ReferenceContext): ReferenceMatch[] {
  const out: ReferenceMatch[] = [];
  for (const match of text.matchAll(SUBPARAGRAPH)) {
    const article = match[3] !== undefined ? Number(match[3]) : context.article;
    if (article === undefined) continue;
    const paragraph = match[2] !== undefined ? Number(match[2]) : context.paragraph?.paragraph;
    const pin: Pinpoint = paragraph !== undefined ? { article, paragraph, letter: match[1]!.toLowerCase() } : { article, letter: match[1]!.toLowerCase() };
    const target = provision(pin);
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      links: [{ start: match.index, end: match.index + match[0].length, target }],
      targets: [target],
    });
  }
  return out;
}

function chapterMatches(text: string): ReferenceMatch[] {
  return [...text.matchAll(CHAPTER)].map((match) => {
    const target: ReferenceTarget = { kind: "chapter", numeral: match[1]! };
    const end = match.index + match[0].length;
    return { start: match.index, end, links: [{ start: match.index, end, target }], targets: [target] };
  });
}

/**
 * Finds every reference to a provision or chapter in a piece of prose.
 * Overlapping candidates are resolved in favour of the one that starts first, then the longest.
 */
export function findReferences(text: string, context: ReferenceContext = {}): ReferenceMatch[] {
  const candidates = [
    ...articleListMatches(text, ARTICLE_LIST),
    ...articleListMatches(text, ARTICLE_ONE),
    ...paragraphMatches(text, context),
    ...subparagraphMatches(text, context),
    ...chapterMatches(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: ReferenceMatch[] = [];
  for (const candidate of candidates) {
    const last = chosen[chosen.length - 1];
    if (last && candidate.start < last.end) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** Canonical key of a target, used for graph edges: `28(4)` or `chapter:IV`. */
export function targetKey(target: ReferenceTarget): string {
  return target.kind === "provision" ? formatPinpoint(target.pin) : nodeId.chapter(target.numeral);
}
