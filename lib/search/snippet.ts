import type { Range } from "./text";

/** Sorts ranges and merges the ones that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export interface Snippet {
  text: string;
  ranges: Range[];
}

/**
 * A window of about `length` characters of `text`, placed where most of the matches are,
 * cut at word boundaries, with "…" where it was cut and the ranges moved to match.
 */
export function makeSnippet(text: string, ranges: readonly Range[], length = 180): Snippet {
  const merged = mergeRanges(ranges);
  if (text.length <= length) return { text, ranges: merged };
  let anchor = 0;
  if (merged.length > 0) {
    // The window that starts a little before a match and covers the most matched characters.
    let best = -1;
    for (const [start] of merged) {
      const from = Math.max(0, start - Math.floor(length / 4));
      const covered = merged.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, from + length) - Math.max(s, from)), 0);
      if (covered > best) {
        best = covered;
        anchor = from;
      }
    }
  }
  let start = anchor;
  if (start > 0) {
    const space = text.lastIndexOf(" ", start);
    start = space > start - 30 && space >= 0 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > start + length / 2) end = space;
  }
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/u.test(text[start] ?? "")) start -= 1;
  if (end < text.length && /[\uD800-\uDBFF]/u.test(text[end - 1] ?? "")) end -= 1;
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  const inside = merged.filter(([s, e]) => e > start && s < end).map(([s, e]): Range => [Math.max(s, start) + shift, Math.min(e, end) + shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, ranges: inside };
}

/** Splits text into plain and highlighted parts, for rendering with <mark>. */
export function highlightParts(text: string, ranges: readonly Range[]): Array<{ text: string; mark: boolean }> {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    const s = Math.max(at, Math.min(start, text.length));
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) parts.push({ text: text.slice(at, s), mark: false });
    parts.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
