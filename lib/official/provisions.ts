import { formatPinpoint, type Pinpoint } from "../pinpoint";
import { joinLines } from "./lines";
import type { OfficialProvision } from "./schema";

const PARAGRAPH = /^(\d{1,3})\.(?:\s+(.*))?$/u;
const ITEM = /^\(([a-z]{1,5})\)(?:\s+(.*))?$/u;
const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];
/** A list item may follow only text that ends a clause: `;`, `:`, `.`, `,`, optionally with "and"/"or". */
const ENDS_CLAUSE = /[;:.,]\s*(?:and|or|and\/or)?$/u;
const ENDS_COLON = /:$/u;

interface Entry {
  pin: Pinpoint;
  lines: string[];
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

function nextRoman(roman: string): string | undefined {
  const index = ROMANS.indexOf(roman);
  return index === -1 ? undefined : ROMANS[index + 1];
}

/**
 * Which level a `(token)` at the start of a line opens, given where we are, or undefined when it
 * is no list item but a wrapped line that happens to begin with one ("(a) of this article").
 * `(i)` after `(h)` is the letter i, unless (h) ends with a colon and so introduces sub-items.
 */
function itemLevel(token: string, at: Pinpoint, text: string): "letter" | "roman" | undefined {
  if (at.roman !== undefined && token === nextRoman(at.roman) && ENDS_CLAUSE.test(text)) return "roman";
  if (at.letter !== undefined && at.roman === undefined && token === "i" && ENDS_COLON.test(text)) return "roman";
  if (at.letter !== undefined && token === nextLetter(at.letter) && ENDS_CLAUSE.test(text)) return "letter";
  if (at.letter === undefined && token === "a" && ENDS_COLON.test(text)) return "letter";
  return undefined;
}

/** Where a line starting with a marker leads, or undefined when the line runs on. */
function step(line: string, at: Pinpoint, text: string): { pin: Pinpoint; rest: string } | undefined {
  const paragraph = PARAGRAPH.exec(line);
  if (paragraph && Number(paragraph[1]) === (at.paragraph ?? 0) + 1 && (text === "" || ENDS_CLAUSE.test(text))) {
    return { pin: { article: at.article, paragraph: Number(paragraph[1]) }, rest: paragraph[2] ?? "" };
  }
  const item = ITEM.exec(line);
  if (!item) return undefined;
  const level = itemLevel(item[1]!, at, text);
  if (level === "roman") return { pin: { ...at, roman: item[1]! }, rest: item[2] ?? "" };
  if (level === "letter") {
    const pin: Pinpoint = { article: at.article, letter: item[1]! };
    if (at.paragraph !== undefined) pin.paragraph = at.paragraph;
    return { pin, rest: item[2] ?? "" };
  }
  return undefined;
}

/**
 * Splits an article's body lines into provisions: numbered paragraphs `1.`, lettered items `(a)`
 * and roman sub-items `(i)`, each in sequence. Text before the first of them (all of an
 * unnumbered article, or the words introducing an article made of lettered items) is the
 * article's own provision.
 */
export function parseProvisions(article: number, lines: readonly string[]): OfficialProvision[] {
  const entries: Entry[] = [{ pin: { article }, lines: [] }];
  for (const line of lines) {
    const current = entries.at(-1)!;
    const next = step(line, current.pin, joinLines(current.lines));
    if (next) entries.push({ pin: next.pin, lines: next.rest === "" ? [] : [next.rest] });
    else current.lines.push(line);
  }
  return entries.map((entry) => ({ pin: formatPinpoint(entry.pin), text: joinLines(entry.lines) })).filter((provision) => provision.text !== "");
}
