"use client";

import { startTransition, useEffect, useState } from "react";
import type { SearchEngine } from "@/lib/search/query";

export type SearchApi = typeof import("@/lib/search/load");

export interface LoadedSearch {
  api: SearchApi;
  engine: SearchEngine;
}

export type SearchStatus = { state: "idle" | "loading" } | { state: "ready"; search: LoadedSearch } | { state: "error" };

let shared: Promise<LoadedSearch> | undefined;

/** Loads the engine code (import()) and the index (fetch) once per page, on first use. */
export function loadSearch(): Promise<LoadedSearch> {
  shared ??= import("@/lib/search/load")
    .then(async (api) => ({ api, engine: await api.loadSearchEngine() }))
    .catch((error: unknown) => {
      shared = undefined;
      throw error;
    });
  return shared;
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
