"use client";

import { useEffect, useState } from "react";

type Theme = "light" | "dark";
const STORAGE_KEY = "theme";

function systemTheme(): Theme {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Switches between light and dark; without a choice the page follows the system setting. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | undefined>(undefined);

  useEffect(() => {
    const stored = localStorage.getItem(STORAGE_KEY);
    const initial = stored === "light" || stored === "dark" ? stored : systemTheme();
    if (stored === "light" || stored === "dark") document.documentElement.dataset.theme = stored;
    setTheme(initial);
  }, []);

  if (theme === undefined) return null;
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="text-sm px-2 py-1 rounded border"
      style={{ borderColor: "var(--border)" }}
      aria-pressed={theme === "dark"}
      data-slot="theme-toggle"
      onClick={() => {
        document.documentElement.dataset.theme = next;
        localStorage.setItem(STORAGE_KEY, next);
        setTheme(next);
      }}
    >
      Dark mode
    </button>
  );
}
