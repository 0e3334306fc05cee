"use client";

import Link from "next/link";
import { useEffect } from "react";
import { OPEN_SEARCH_EVENT } from "./keyboard-shortcuts.client";

/** The header's search entry point: a plain link to /search that shortcuts can also trigger. */
export function SearchLauncher() {
  useEffect(() => {
    const open = () => {
      window.location.assign("/search");
    };
    window.addEventListener(OPEN_SEARCH_EVENT, open);
    return () => window.removeEventListener(OPEN_SEARCH_EVENT, open);
  }, []);
  return (
    <Link href="/search" className="text-sm px-2 py-1 rounded border no-underline" style={{ borderColor: "var(--border)" }} aria-keyshortcuts="/ Control+K">
      Search <kbd className="font-mono muted">/</kbd>
    </Link>
  );
}
