import { officialAnchor } from "../graph/hrefs";
import { parsePinpoint, pinpointAnchor, pinpointDepth } from "../pinpoint";
import type { OfficialText } from "./schema";

/** One official provision ready to show: its words, how deep it sits, and its own anchor. */
export interface ShownProvision {
  pin: string;
  text: string;
  /** 0 for an article's own text, 1 for `28(4)` or `2(h)`, up to 3. */
  depth: number;
  /** `official-p4`, distinct from the digest's `p4`; undefined for an article's own text. */
  anchor?: string;
  /** What the document prints before it: `4.`, `(h)`, `(ii)`, or nothing. */
  marker: string;
}

function shown(pin: string, text: string): ShownProvision {
  const parsed = parsePinpoint(pin)!;
  const anchor = pinpointAnchor(parsed);
  const marker = parsed.roman ?? parsed.letter;
  return {
    pin,
    text,
    depth: pinpointDepth(parsed),
    anchor: anchor ? officialAnchor(anchor) : undefined,
    marker: marker !== undefined ? `(${marker})` : parsed.paragraph !== undefined ? `${parsed.paragraph}.` : "",
  };
}

/** The provision at `pin` and everything under it (a whole article for `28`), in document order. */
export function officialSubtree(text: OfficialText, pin: string): ShownProvision[] {
  const article = text.articles.find((a) => a.number === parsePinpoint(pin)?.article);
  if (!article) return [];
  const whole = !pin.includes("(");
  return article.provisions.filter((p) => whole || p.pin === pin || p.pin.startsWith(`${pin}(`)).map((p) => shown(p.pin, p.text));
}
