/**
 * Text handling shared by the search index and queries: cleaning untrusted query strings,
 * and splitting text into normalised word tokens that remember where they came from so
 * matches can be highlighted in the original text.
 */

/** Longer queries are cut to this many UTF-16 code units before anything else happens. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words of a query are matched. */
export const MAX_QUERY_TOKENS = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Makes any value safe to search for: a string, without lone surrogates, control or bidi
 * characters, with whitespace collapsed, and at most MAX_QUERY_LENGTH long.
 */
export function cleanQuery(raw: unknown): string {
  if (typeof raw !== "string") return "";
  let text = raw.length > MAX_QUERY_LENGTH * 4 ? raw.slice(0, MAX_QUERY_LENGTH * 4) : raw;
  text = text.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, " ").replace(/\s+/gu, " ").trim();
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    // Do not leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/u.test(text)) text = text.slice(0, -1);
    text = text.trim();
  }
  return text;
}

/** A word of some text: its normalised form and where it sits in the original string. */
export interface Token {
  /** Normalised form: lower case, no diacritics, number words as digits. */
  t: string;
  start: number;
  end: number;
}

/** `[start, end)` offsets into a string, for highlighting. */
export type Range = [number, number];

// Dotted abbreviations (U.S., e.g.) count as one word; otherwise runs of letters and digits.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+/gu;

const NUMBER_WORDS: Record<string, string> = {
  zero: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  thirteen: "13",
  fourteen: "14",
  fifteen: "15",
  sixteen: "16",
  seventeen: "17",
  eighteen: "18",
  nineteen: "19",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  seventy: "70",
  eighty: "80",
  ninety: "90",
  hundred: "100",
};

/** Words that do not count on their own (they still have to match inside a phrase). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  "a an and are as at be by for from has have in into is it its of on or s such that the their this to was were which with".split(" "),
);

/** Normalises one word: `Stéphane` → `stephane`, `U.S.` → `us`, `Four` → `4`. */
export function normalizeWord(word: string): string {
  const plain = word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\./g, "");
  return NUMBER_WORDS[plain] ?? plain;
}

/** Splits text into tokens with their offsets in `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const t = normalizeWord(match[0]);
    if (t) tokens.push({ t, start, end: start + match[0].length });
  }
  return tokens;
}
