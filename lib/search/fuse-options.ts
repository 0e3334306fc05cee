import type { IFuseOptions } from "fuse.js";
import type { SearchRecord } from "./records";

/** Shared by the build (which makes the index) and the browser (which loads it). */
export const SEARCH_KEYS = [
  { name: "names", weight: 4 },
  { name: "title", weight: 3 },
  { name: "pin", weight: 1 },
  { name: "text", weight: 1 },
] as const;

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  ignoreDiacritics: true,
};
