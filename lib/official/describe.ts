import { formatPinpoint, parentPinpoint, parsePinpoint, pinpointDepth, type Pinpoint } from "../pinpoint";

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

/** The level a pinpoint names below its parent: its paragraph number, letter or roman numeral. */
function lastPart(pin: Pinpoint): { kind: "paragraph" | "letter" | "roman"; key: string; order: number } {
  if (pin.roman !== undefined) return { kind: "roman", key: pin.roman, order: ROMANS.indexOf(pin.roman) };
  if (pin.letter !== undefined) return { kind: "letter", key: pin.letter, order: pin.letter.charCodeAt(0) };
  return { kind: "paragraph", key: String(pin.paragraph), order: pin.paragraph ?? 0 };
}

/** `1–3`, `(a)–(o)`, `(i) and (ii)` or `1, 2 and 4`. */
export function formatRange(parts: ReadonlyArray<{ kind: string; key: string; order: number }>): string {
  const label = (part: { kind: string; key: string }) => (part.kind === "paragraph" ? part.key : `(${part.key})`);
  const sorted = [...parts].sort((a, b) => a.order - b.order);
  const consecutive = sorted.every((part, i) => i === 0 || part.order === sorted[i - 1]!.order + 1);
  if (sorted.length > 2 && consecutive) return `${label(sorted[0]!)}–${label(sorted.at(-1)!)}`;
  const labels = sorted.map(label);
  return labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

const NOUN = { paragraph: "paragraphs", letter: "items", roman: "sub-items" } as const;

/**
 * Says what the official text has where a pinpoint was looked for: the children of its nearest
 * ancestor that exists, at the missing pinpoint's level. "article 28 has paragraphs 1–3",
 * "2(e) has sub-items (i) and (ii)", "article 10 has no paragraphs".
 */
export function describeSiblings(pin: string, official: ReadonlySet<string>): string {
  let missing = parsePinpoint(pin)!;
  let parent = parentPinpoint(missing);
  while (parent && pinpointDepth(parent) > 0 && !official.has(formatPinpoint(parent))) {
    missing = parent;
    parent = parentPinpoint(parent);
  }
  const anchor = parent ?? { article: missing.article };
  const anchorText = pinpointDepth(anchor) === 0 ? `article ${anchor.article}` : formatPinpoint(anchor);
  const kind = lastPart(missing).kind;
  const children = [...official]
    .map((text) => parsePinpoint(text)!)
    .filter((candidate) => {
      const up = parentPinpoint(candidate);
      return up !== undefined && formatPinpoint(up) === formatPinpoint(anchor) && lastPart(candidate).kind === kind;
    })
    .map(lastPart);
  return children.length === 0
    ? `${anchorText} has no ${NOUN[kind]}`
    : `${anchorText} has ${children.length === 1 ? NOUN[kind].slice(0, -1) : NOUN[kind]} ${formatRange(children)}`;
}
