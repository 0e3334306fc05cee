/**
 * The treaty's own pinpoint notation, e.g. `28(4)`, `40(21)(b)`, `11(1)(a)(ii)`, `2(h)`.
 *
 * After the article number come, each optional but always in this order: a paragraph number,
 * a letter, a roman numeral. Position decides meaning, so `2(i)` is item (i) of article 2
 * (a letter) while `2(e)(i)` is roman numeral i of item (e).
 */
export interface Pinpoint {
  article: number;
  paragraph?: number;
  letter?: string;
  roman?: string;
}

const PINPOINT = /^\s*(\d{1,3})\s*(?:\(\s*(\d{1,3})\s*\))?\s*(?:\(\s*([a-z])\s*\))?\s*(?:\(\s*([ivx]{1,6})\s*\))?\s*$/;
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;

/** Parses `28(4)`-style notation; returns undefined for anything that is not a pinpoint. */
export function parsePinpoint(text: string): Pinpoint | undefined {
  const match = PINPOINT.exec(text.toLowerCase());
  if (!match) return undefined;
  const [, article, paragraph, letter, roman] = match;
  const pin: Pinpoint = { article: Number(article) };
  if (pin.article < 1) return undefined;
  if (paragraph !== undefined) {
    pin.paragraph = Number(paragraph);
    if (pin.paragraph < 1) return undefined;
  }
  if (letter !== undefined) pin.letter = letter;
  if (roman !== undefined) {
    // A roman numeral only makes sense under a lettered item.
    if (letter === undefined || !ROMAN.test(roman)) return undefined;
    pin.roman = roman;
  }
  return pin;
}

/** Canonical notation: `40(21)(b)`. */
export function formatPinpoint(pin: Pinpoint): string {
  let out = String(pin.article);
  if (pin.paragraph !== undefined) out += `(${pin.paragraph})`;
  if (pin.letter !== undefined) out += `(${pin.letter})`;
  if (pin.roman !== undefined) out += `(${pin.roman})`;
  return out;
}

/** Normalises any accepted spelling (`28 (4)`, `2(H)`) to canonical notation, or undefined. */
export function normalizePinpoint(text: string): string | undefined {
  const pin = parsePinpoint(text);
  return pin ? formatPinpoint(pin) : undefined;
}

function parts(pin: Pinpoint): string[] {
  const out: string[] = [];
  if (pin.paragraph !== undefined) out.push(String(pin.paragraph));
  if (pin.letter !== undefined) out.push(pin.letter);
  if (pin.roman !== undefined) out.push(pin.roman);
  return out;
}

/** HTML anchor inside the article page: `p4`, `p21-b`, `p1-a-ii`, `h`, `e-i`; undefined for a whole article. */
export function pinpointAnchor(pin: Pinpoint): string | undefined {
  const segments = parts(pin);
  if (segments.length === 0) return undefined;
  const joined = segments.join("-");
  return pin.paragraph !== undefined ? `p${joined}` : joined;
}

/** The pinpoint one level up (`11(1)(a)` for `11(1)(a)(ii)`), or undefined for a whole article. */
export function parentPinpoint(pin: Pinpoint): Pinpoint | undefined {
  if (pin.roman !== undefined) return withoutKey(pin, "roman");
  if (pin.letter !== undefined) return withoutKey(pin, "letter");
  if (pin.paragraph !== undefined) return withoutKey(pin, "paragraph");
  return undefined;
}

function withoutKey(pin: Pinpoint, key: "paragraph" | "letter" | "roman"): Pinpoint {
  const copy: Pinpoint = { ...pin };
  delete copy[key];
  return copy;
}

/** How deep below the article: 0 for the article, 1 for `28(4)` or `2(h)`, up to 3. */
export function pinpointDepth(pin: Pinpoint): number {
  return parts(pin).length;
}

/** Citation in the form readers paste into their writing. */
export function citePinpoint(pin: Pinpoint, shortTitle: string): string {
  return `${shortTitle}, art. ${formatPinpoint(pin)}`;
}
