/**
 * Spelling: the engine's one fuzzy path. Each query word the index does not hold is replaced
 * by the nearest word of the index's vocabulary, so a typo then matches, scores and highlights
 * like any other word (at a small penalty, see word-scoring.ts).
 */
import { STOPWORDS, type Token } from "./text";
import { hasPrefix, type Vocabulary } from "./vocabulary";

/** A query word as the scorer sees it. */
export interface QueryToken {
  t: string;
  /** A stop word, in a query that has other words: it counts only inside a phrase. */
  stop: boolean;
  /** Replaced by a vocabulary word: matches score a little less. */
  corrected: boolean;
  /** May match the start of a longer word. */
  prefix: boolean;
}

/** At most this many words of one query are corrected. */
const MAX_CORRECTIONS = 6;

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]!;
}

/** Vocabulary words that start with the word's first letter, or with its first two swapped. */
function sameStart(vocabulary: Vocabulary, word: string): string[] {
  const candidates = [...(vocabulary.byFirst.get(word[0]!) ?? [])];
  if (word.length > 1 && word[1] !== word[0]) candidates.push(...(vocabulary.byFirst.get(word[1]!) ?? []).filter((item) => item[1] === word[0]));
  return candidates;
}

/** The candidate nearest to `word` within `max` edits (ties: the more frequent), or undefined. */
function nearest(vocabulary: Vocabulary, candidates: readonly string[], word: string, max: number, last: boolean): string | undefined {
  let best: { word: string; distance: number; count: number } | undefined;
  const consider = (item: string, distance: number) => {
    if (distance > max) return;
    const count = vocabulary.counts.get(item) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: item, distance, count };
  };
  for (const item of candidates) if (Math.abs(item.length - word.length) <= max) consider(item, editDistance(word, item, max));
  // While typing, the last word may be the misspelt start of a longer word.
  if (last && !best) {
    for (const item of candidates) if (item.length > word.length + max) consider(item, editDistance(word, item.slice(0, word.length), max) + 0.5);
  }
  return best?.word;
}

/**
 * The nearest vocabulary word to a misspelt one (edit distance 1, or 2 from six letters), or
 * undefined. Like most spelling correctors it trusts the first letter (or a swap of the first two).
 */
export function correctWord(vocabulary: Vocabulary, word: string, last: boolean): string | undefined {
  return nearest(vocabulary, sameStart(vocabulary, word), word, word.length <= 5 ? 1 : 2, last);
}

/** Whether a word is left as typed: stop words, numbers, short or long words, and words the index holds. */
function keepAsTyped(vocabulary: Vocabulary, q: QueryToken): boolean {
  const t = q.t;
  return q.stop || /^\d+$/u.test(t) || t.length < 4 || t.length > 24 || vocabulary.counts.has(t) || hasPrefix(vocabulary.sorted, t);
}

/** The query's words, marked as stop words or prefixes, with unknown words corrected (at most MAX_CORRECTIONS of them). */
export function queryTokens(vocabulary: Vocabulary, tokens: readonly Token[]): QueryToken[] {
  const allStop = tokens.every((token) => STOPWORDS.has(token.t));
  let corrections = 0;
  return tokens.map((token, i) => {
    const last = i === tokens.length - 1;
    const stop = !allStop && STOPWORDS.has(token.t);
    const numeric = /^\d+$/u.test(token.t);
    const q: QueryToken = { t: token.t, stop, corrected: false, prefix: !numeric && (token.t.length >= 3 || (last && token.t.length >= 2)) };
    if (keepAsTyped(vocabulary, q) || corrections >= MAX_CORRECTIONS) return q;
    corrections++;
    const fixed = correctWord(vocabulary, token.t, last);
    return fixed ? { ...q, t: fixed, corrected: true, prefix: last } : q;
  });
}
