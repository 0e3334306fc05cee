/**
 * Search results whose highlights and snippet are worked out only when first read, so a query
 * pays for the few results that are shown, not for every match.
 */
import type { SearchRecord } from "./records";
import { makeSnippet, mergeRanges, type Snippet } from "./snippet";
import type { Range } from "./text";

export type { Range } from "./text";
export type { Snippet } from "./snippet";

/** How a result was found. */
export type MatchKind = "pinpoint" | "exact" | "phrase" | "words";

export interface SearchResult {
  record: SearchRecord;
  /** Higher is better; only comparable within one query. */
  score: number;
  match: MatchKind;
  /** Ranges of record.title to highlight. */
  titleRanges: Range[];
  /** Ranges of record.text to highlight. */
  textRanges: Range[];
  /** A short window of record.text around the matches, with its own ranges. */
  snippet: Snippet;
}

/** Unmerged ranges to highlight in a record's title and text. */
export interface Highlights {
  title: Range[];
  text: Range[];
}

/** For results with nothing to highlight (pinpoint matches). */
export const NO_HIGHLIGHTS = (): Highlights => ({ title: [], text: [] });

/** What ranking hands over for one result. */
export interface RankedMatch {
  record: SearchRecord;
  score: number;
  match: MatchKind;
  /** Called at most once, when the result's ranges or snippet are first read. */
  highlights: () => Highlights;
}

class LazyResult implements SearchResult {
  readonly record: SearchRecord;
  readonly score: number;
  readonly match: MatchKind;
  #highlightsOf: () => Highlights;
  #snippetLength: number;
  #highlights?: Highlights;
  #snippet?: Snippet;

  constructor(ranked: RankedMatch, snippetLength: number) {
    this.record = ranked.record;
    this.score = Math.round(ranked.score * 1000) / 1000;
    this.match = ranked.match;
    this.#highlightsOf = ranked.highlights;
    this.#snippetLength = snippetLength;
  }

  #merged(): Highlights {
    if (!this.#highlights) {
      const raw = this.#highlightsOf();
      this.#highlights = { title: mergeRanges(raw.title), text: mergeRanges(raw.text) };
    }
    return this.#highlights;
  }

  get titleRanges(): Range[] {
    return this.#merged().title;
  }

  get textRanges(): Range[] {
    return this.#merged().text;
  }

  get snippet(): Snippet {
    this.#snippet ??= makeSnippet(this.record.text, this.textRanges, this.#snippetLength);
    return this.#snippet;
  }
}

/**
 * A result whose score is rounded to three decimals and whose ranges (merged) and snippet of
 * about `snippetLength` characters are worked out when first read, then kept.
 */
export function lazyResult(ranked: RankedMatch, snippetLength = 180): SearchResult {
  return new LazyResult(ranked, snippetLength);
}
