"use client";

import { useState } from "react";
import { useHydrated } from "./use-hydrated.client";

/**
 * Copies text to the clipboard. `path` is made absolute with the page's own origin, so citations
 * carry the address the reader actually used. Renders nothing until JavaScript runs.
 */
export function CopyButton({ text, path, label }: { text?: string; path?: string; label: string }) {
  const ready = useHydrated();
  const [status, setStatus] = useState("");
  if (!ready) return null;
  return (
    <>
      <button
        type="button"
        className="text-xs px-2 py-0.5 rounded border"
        style={{ borderColor: "var(--border)" }}
        data-slot="copy-button"
        onClick={async () => {
          const url = path === undefined ? "" : new URL(path, window.location.origin).href;
          const value = [text, url].filter(Boolean).join(" ");
          try {
            await navigator.clipboard.writeText(value);
            setStatus("Copied");
          } catch {
            setStatus("Copy failed: select the text instead");
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-xs muted ml-1">
        {status}
      </span>
    </>
  );
}
