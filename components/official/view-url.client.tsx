"use client";

import { useEffect } from "react";

const VIEWS: readonly string[] = ["digest", "official", "both"];

/**
 * Mirrors the Digest / Official / Both choice in the URL (`?view=official`) once JavaScript runs:
 * the choice in a shared link is applied on arrival, and a new choice replaces the URL. The choice
 * itself works without this (CSS only). Renders nothing.
 */
export function ViewUrl({ fallback }: { fallback: string }) {
  useEffect(() => {
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="text-view"]')];
    const wanted = new URLSearchParams(window.location.search).get("view");
    const match = wanted !== null && VIEWS.includes(wanted) ? radios.find((radio) => radio.value === wanted) : undefined;
    if (match) match.checked = true;
    const onChange = (event: Event) => {
      const value = (event.target as HTMLInputElement).value;
      const url = new URL(window.location.href);
      if (value === fallback) url.searchParams.delete("view");
      else url.searchParams.set("view", value);
      window.history.replaceState(window.history.state, "", url);
    };
    for (const radio of radios) radio.addEventListener("change", onChange);
    return () => {
      for (const radio of radios) radio.removeEventListener("change", onChange);
    };
  }, [fallback]);
  return null;
}
