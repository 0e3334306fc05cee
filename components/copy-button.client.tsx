"use client";

import { useEffect, useState } from "react";
import { useHydrated } from "./use-hydrated.client";
import { buttonClass } from "./ui/button";
import { CheckIcon } from "./ui/icons";

type Outcome = "" | "copied" | "failed";
const SHOWN_MS = 2000;

/**
 * Copies text to the clipboard. `path` is made absolute with the page's own origin, so citations
 * carry the address the reader actually used. The button is in the server HTML at its final size
 * (both of its labels share one grid cell), invisible until it works and absent without
 * JavaScript; "Copied" shows on the button and is announced, then the label returns.
 */
export function CopyButton({ text, path, label }: { text?: string; path?: string; label: string }) {
  const ready = useHydrated();
  const [outcome, setOutcome] = useState<Outcome>("");
  useEffect(() => {
    if (!outcome) return;
    const timer = window.setTimeout(() => setOutcome(""), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const url = path === undefined ? "" : new URL(path, window.location.origin).href;
    const value = [text, url].filter(Boolean).join(" ");
    try {
      await navigator.clipboard.writeText(value);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  };

  return (
    <>
      <button
        type="button"
        aria-label={label}
        className={buttonClass({ variant: "quiet", size: "sm", className: ready ? undefined : "invisible" })}
        data-slot="copy-button"
        data-outcome={outcome || undefined}
        data-js-only=""
        onClick={copy}
      >
        <span className="grid" aria-hidden="true">
          <span className={outcome ? "invisible col-start-1 row-start-1" : "col-start-1 row-start-1"}>{label}</span>
          <span
            className={outcome ? "col-start-1 row-start-1 inline-flex items-center gap-1" : "invisible col-start-1 row-start-1 inline-flex items-center gap-1"}
          >
            {outcome === "failed" ? (
              "Copy failed"
            ) : (
              <>
                <CheckIcon className="size-4!" /> Copied
              </>
            )}
          </span>
        </span>
      </button>
      <span role="status" className="sr-only">
        {outcome === "copied" ? `${label}: copied to the clipboard` : outcome === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </>
  );
}
