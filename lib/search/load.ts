/**
 * The browser's entry to search, imported only with import() when the quick-search dialog
 * opens or the search page loads, so pages that are merely read never download fuse.js,
 * the engine or /search-index.json.
 */
import { createSearchEngineInSlices, type SearchEngine, type SearchIndexData } from "./query";

export { countByKind, filterResults, rankRecords, searchRecords, stakeholderGroups } from "./query";
export type { SearchEngine, SearchResult } from "./query";

export const SEARCH_INDEX_URL = "/search-index.json";

let pending: Promise<SearchEngine> | undefined;

/** Lets the browser handle input and paint between slices of work (scheduler.yield where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/** Fetches the index once per page and builds the engine; a failed load can be retried. */
export function loadSearchEngine(url = SEARCH_INDEX_URL): Promise<SearchEngine> {
  pending ??= fetch(url, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexData>;
    })
    .then((data) => {
      if (!data || !Array.isArray(data.records)) throw new Error(`${url}: not a search index`);
      return createSearchEngineInSlices(data, yieldToMain);
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
