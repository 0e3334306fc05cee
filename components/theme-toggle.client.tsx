"use client";

import { useSyncExternalStore } from "react";

type Theme = "light" | "dark";
const STORAGE_KEY = "theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";
const listeners = new Set<() => void>();

function chosenTheme(): Theme | undefined {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : undefined;
}

function currentTheme(): Theme {
  return chosenTheme() ?? (window.matchMedia(DARK_QUERY).matches ? "dark" : "light");
}

// The theme follows the system until the reader picks one, so listen to both sources.
function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener("change", onChange);
  return () => {
    listeners.delete(onChange);
    media.removeEventListener("change", onChange);
  };
}

function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem(STORAGE_KEY, theme);
  for (const listener of listeners) listener();
}

/** Switches between light and dark; without a choice the page follows the system setting. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => undefined);
  if (theme === undefined) return null;
  return (
    <button
      type="button"
      className="text-sm px-2 py-1 rounded border"
      style={{ borderColor: "var(--border)" }}
      aria-pressed={theme === "dark"}
      data-slot="theme-toggle"
      onClick={() => chooseTheme(theme === "dark" ? "light" : "dark")}
    >
      Dark mode
    </button>
  );
}
