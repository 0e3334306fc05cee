/**
 * Spelling: the engine's one fuzzy path. Each query word the index does not hold is replaced
 * by the nearest word of the index's vocabulary, or split into two words it holds, so a typo
 * then matches, scores and highlights like any other word (at a small penalty, see
 * word-scoring.ts). fuse.js used to be a second path for queries whose words found nothing; it
 * was removed once this one covered its finds (see the README's Performance section).
 */
import { MAX_QUERY_TOKENS, STOPWORDS, type Token } from "./text";
import { hasPrefix, type Vocabulary } from "./vocabulary";

/** A query word as the scorer sees it. */
export interface QueryToken {
  t: string;
  /** A stop word, in a query that has other words: it counts only inside a phrase. */
  stop: boolean;
  /** Replaced by a vocabulary word (or split into two): matches score a little less. */
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

/**
 * The most frequent vocabulary word that differs from `word` only in its first letter: a wrong,
 * missing or extra first letter (`yden`, `xtradition`, `wextradition`). Together with
 * correctWord this finds every word one edit away, by look-ups instead of a scan.
 */
export function correctFirstLetter(vocabulary: Vocabulary, word: string): string | undefined {
  const rest = word.slice(1);
  const candidates = [rest];
  for (const first of vocabulary.byFirst.keys()) candidates.push(first + rest, first + word);
  let best: string | undefined;
  for (const candidate of candidates) {
    if (candidate === word || candidate.length < 2) continue;
    if ((vocabulary.counts.get(candidate) ?? 0) > (best === undefined ? 0 : vocabulary.counts.get(best)!)) best = candidate;
  }
  return best;
}

/** Both halves of a split need this many letters. */
const MIN_PART = 3;

/**
 * Two words run together (`humanrights`, `ashtonhart`) split into two vocabulary words, the
 * split whose rarer half is most frequent winning; the last word's second half may be the
 * start of a word, as while typing. Undefined when no split works.
 */
export function splitJoined(vocabulary: Vocabulary, word: string, last: boolean): [string, string] | undefined {
  const { counts } = vocabulary;
  let best: { parts: [string, string]; count: number } | undefined;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (STOPWORDS.has(head) || STOPWORDS.has(tail) || !counts.has(head)) continue;
    const tailCount = counts.get(tail) ?? (last && hasPrefix(vocabulary.sorted, tail) ? 1 : 0);
    const count = Math.min(counts.get(head)!, tailCount);
    if (count > 0 && (!best || count > best.count)) best = { parts: [head, tail], count };
  }
  return best?.parts;
}

/** Whether a word is left as typed: stop words, numbers, short or long words, and words the index holds. */
function keepAsTyped(vocabulary: Vocabulary, q: QueryToken): boolean {
  const t = q.t;
  return q.stop || /^\d+$/u.test(t) || t.length < 4 || t.length > 24 || vocabulary.counts.has(t) || hasPrefix(vocabulary.sorted, t);
}

/** An unknown word as the scorer should see it: corrected, else split in two, else with another first letter, else as typed. */
function respell(vocabulary: Vocabulary, q: QueryToken, last: boolean): QueryToken[] {
  const fixed = correctWord(vocabulary, q.t, last);
  if (fixed) return [{ ...q, t: fixed, corrected: true, prefix: last }];
  const parts = splitJoined(vocabulary, q.t, last);
  if (parts)
    return [
      { ...q, t: parts[0], corrected: true, prefix: false },
      { ...q, t: parts[1], corrected: true, prefix: last },
    ];
  const first = correctFirstLetter(vocabulary, q.t);
  return [first ? { ...q, t: first, corrected: true, prefix: last } : q];
}

/**
 * The query's words, marked as stop words or prefixes, with unknown words corrected (at most
 * MAX_CORRECTIONS of them) and never more than MAX_QUERY_TOKENS words in all.
 */
export function queryTokens(vocabulary: Vocabulary, tokens: readonly Token[]): QueryToken[] {
  const allStop = tokens.every((token) => STOPWORDS.has(token.t));
  let corrections = 0;
  const out = tokens.flatMap((token, i) => {
    const last = i === tokens.length - 1;
    const stop = !allStop && STOPWORDS.has(token.t);
    const numeric = /^\d+$/u.test(token.t);
    const q: QueryToken = { t: token.t, stop, corrected: false, prefix: !numeric && (token.t.length >= 3 || (last && token.t.length >= 2)) };
    if (keepAsTyped(vocabulary, q) || corrections >= MAX_CORRECTIONS) return [q];
    corrections++;
    return respell(vocabulary, q, last);
  });
  return out.slice(0, MAX_QUERY_TOKENS);
}
