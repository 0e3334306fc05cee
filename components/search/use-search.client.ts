"use client";

import { startTransition, useEffect, useState } from "react";
import type { SearchEngine } from "@/lib/search/engine";

export type SearchApi = typeof import("@/lib/search/load");

export interface LoadedSearch {
  api: SearchApi;
  engine: SearchEngine;
}

export type SearchStatus = { state: "idle" | "loading" } | { state: "ready"; search: LoadedSearch } | { state: "error" };

/**
 * The engine code (import()) and the index, on first use. The index is fetched and the engine
 * built once per page by lib/search/load.ts, which both the search page and the dialog reach
 * through here; import() itself is cached by the bundler's runtime.
 */
async function loadSearch(): Promise<LoadedSearch> {
  const api = await import("@/lib/search/load");
  return { api, engine: await api.loadSearchEngine() };
}

/** The search engine once `active` has been true; nothing is downloaded before that. */
export function useSearch(active: boolean): { status: SearchStatus; retry: () => void } {
  const [outcome, setOutcome] = useState<{ search?: LoadedSearch; failed?: number }>();
  const [attempt, setAttempt] = useState(0);
  const wanted = active || outcome !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadSearch().then(
      (search) => {
        // A transition: React renders the results in slices, yielding to input, rather than in one long task.
        if (live) startTransition(() => setOutcome({ search }));
      },
      () => {
        if (live) setOutcome({ failed: attempt });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, attempt]);
  const status: SearchStatus = !wanted
    ? { state: "idle" }
    : outcome?.search
      ? { state: "ready", search: outcome.search }
      : outcome?.failed === attempt
        ? { state: "error" }
        : { state: "loading" };
  return { status, retry: () => setAttempt((n) => n + 1) };
}
