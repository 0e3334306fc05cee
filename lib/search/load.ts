/**
 * The browser's entry to search, imported only with import() when the quick-search dialog
 * opens or the search page loads, so pages that are merely read never download the engine or
 * /search-index.json. It also re-exports what the search UI calls.
 */
import { createSearchEngineInSlices, readSearchIndex, type SearchEngine } from "./engine";

export { countByKind, filterResults, kindsInIndex, searchRecords, stakeholderGroups } from "./filters";
export { rankRecords } from "./rank";
export type { SearchEngine } from "./engine";
export type { SearchResult } from "./results";

export const SEARCH_INDEX_URL = "/search-index.json";

let pending: Promise<SearchEngine> | undefined;

/** Lets the browser handle input and paint between slices of work (scheduler.yield where there is one). */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/**
 * The one loader of the index: fetches it once per page and builds the engine, shared by the
 * search page and the quick-search dialog; a failed load is forgotten so it can be retried.
 */
export function loadSearchEngine(url = SEARCH_INDEX_URL): Promise<SearchEngine> {
  pending ??= fetch(url, { credentials: "same-origin" })
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    })
    .then((data: unknown) => createSearchEngineInSlices(readSearchIndex(data), yieldToMain))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
