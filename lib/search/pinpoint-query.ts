import { formatPinpoint, parsePinpoint, type Pinpoint } from "../pinpoint";

const PREFIX = /^(?:art(?:icle)?s?\.?|§)\s*/u;

/**
 * Reads a query that is nothing but a pinpoint, in any of the spellings people type:
 * `28(4)`, `28 (4)`, `art 28.4`, `Article 2 h`, `2h`, `art. 11(1)(a)(ii)`, `11.1.a.ii`, `article 28`.
 * Returns undefined for anything else (`24/7`, `90 days`, `2 hours`).
 */
export function parsePinpointQuery(query: string): Pinpoint | undefined {
  let rest = query.trim().toLowerCase().replace(PREFIX, "");
  const article = /^(\d{1,3})(?!\d)/u.exec(rest);
  if (!article) return undefined;
  rest = rest.slice(article[1]!.length);
  const segments: string[] = [];
  // Each segment is digits or letters, optionally in brackets, separated by spaces, dots or nothing.
  const SEGMENT = /^[\s.,]*(?:\(\s*([a-z]{1,6}|\d{1,3})\s*\)|([a-z]{1,6}|\d{1,3})(?![a-z\d]))/u;
  while (rest.trim() !== "" && rest.trim() !== ".") {
    const match = SEGMENT.exec(rest);
    if (!match || segments.length >= 3) return undefined;
    segments.push((match[1] ?? match[2])!);
    rest = rest.slice(match[0].length);
  }
  const pin: Pinpoint = { article: Number(article[1]) };
  let index = 0;
  if (segments[index] !== undefined && /^\d+$/u.test(segments[index]!)) pin.paragraph = Number(segments[index++]);
  if (segments[index] !== undefined && /^[a-z]$/u.test(segments[index]!)) pin.letter = segments[index++];
  if (segments[index] !== undefined && pin.letter !== undefined && /^[ivx]+$/u.test(segments[index]!)) pin.roman = segments[index++];
  if (index !== segments.length) return undefined;
  // Validate through the site's own grammar (roman numerals, zero, ranges).
  return parsePinpoint(formatPinpoint(pin));
}
