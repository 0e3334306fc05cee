import type { IFuseOptions } from "fuse.js";
import type { SearchRecord } from "./records";

/**
 * Shared by the build (which makes the index) and the browser (which loads it).
 *
 * Fuse only indexes the short, heavily weighted fields (names and titles): body text is matched
 * word by word in lib/search/query.ts, with typos corrected against the index's vocabulary, which
 * ranks better and keeps /search-index.json small.
 */
export const SEARCH_KEYS = [
  { name: "names", weight: 3 },
  { name: "title", weight: 2 },
] as const;

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 1,
  shouldSort: true,
};
