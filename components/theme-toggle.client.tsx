"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "./ui/button";
import { ContrastIcon } from "./ui/icons";

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

/**
 * Switches between light and dark; without a choice the page follows the system setting. The
 * button is in the server HTML at its final size and stays invisible until it works (React has
 * run and knows the theme), so nothing moves; without JavaScript it is not shown at all.
 */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => undefined);
  return (
    <button
      type="button"
      className={buttonClass({ variant: "ghost", size: "icon", className: theme === undefined ? "invisible" : undefined })}
      aria-pressed={theme === undefined ? undefined : theme === "dark"}
      aria-label="Dark mode"
      title="Dark mode"
      data-slot="theme-toggle"
      data-js-only=""
      onClick={() => chooseTheme(theme === "dark" ? "light" : "dark")}
    >
      <ContrastIcon className={theme === "dark" ? "rotate-180" : undefined} />
    </button>
  );
}
