"use client";

import { useSyncExternalStore } from "react";

/**
 * The page URL's query string as a React store: the search page's state lives there.
 * Changes come from popstate (Back/Forward) and from setUrl (our own pushState/replaceState).
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
}

/** Replaces the current history entry or pushes a new one, then re-renders the subscribers. */
export function setUrl(url: string, mode: "push" | "replace"): void {
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  for (const listener of listeners) listener();
}
