/**
 * The index's vocabulary: every word of two letters or more with how often it occurs, sorted for
 * prefix look-ups and grouped by first letter for spelling correction.
 */

export interface Vocabulary {
  counts: ReadonlyMap<string, number>;
  sorted: readonly string[];
  /** Words by their first character, for spelling correction. */
  byFirst: ReadonlyMap<string, readonly string[]>;
}

/** Builds the vocabulary from word counts. */
export function buildVocabulary(counts: ReadonlyMap<string, number>): Vocabulary {
  const sorted = [...counts.keys()].sort();
  const byFirst = new Map<string, string[]>();
  for (const word of sorted) {
    const list = byFirst.get(word[0]!);
    if (list) list.push(word);
    else byFirst.set(word[0]!, [word]);
  }
  return { counts, sorted, byFirst };
}

/** Index of the first word of `sorted` that is not below `prefix`. */
export function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether some word of `sorted` starts with `prefix`. */
export function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  const lo = lowerBound(sorted, prefix);
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}
