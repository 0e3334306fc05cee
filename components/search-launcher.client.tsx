"use client";

import { lazy, Suspense, useCallback, useEffect, useRef, useState, type MouseEvent } from "react";
import { OPEN_SEARCH_EVENT } from "./keyboard-shortcuts.client";
import { buttonClass } from "./ui/button";
import { SearchIcon } from "./ui/icons";

// The dialog's code loads on first use, so reading pages do not download or run it.
const SearchDialog = lazy(() => import("./search/search-dialog.client").then((module) => ({ default: module.SearchDialog })));
import { href } from "@/lib/graph/hrefs";

/**
 * The header's search entry point. Without JavaScript it is a plain link to /search; with it,
 * the link, `/` and Ctrl/⌘ K (OPEN_SEARCH_EVENT) open the quick-search dialog instead.
 * The dialog's code is loaded and mounted on first use, and only then loads the engine and the index.
 */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const opener = useRef<HTMLElement | null>(null);

  const show = useCallback(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || !focused.closest("dialog[open]")) opener.current = focused instanceof HTMLElement ? focused : null;
    setUsed(true);
    setOpen(true);
  }, []);

  const close = useCallback((navigating?: boolean) => {
    setOpen(false);
    const back = opener.current;
    if (!navigating && back && back.isConnected && back !== document.body) {
      // After the dialog has closed, so the browser's own focus restoration cannot override it.
      window.requestAnimationFrame(() => back.focus());
    }
  }, []);

  useEffect(() => {
    window.addEventListener(OPEN_SEARCH_EVENT, show);
    return () => window.removeEventListener(OPEN_SEARCH_EVENT, show);
  }, [show]);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    show();
  };

  return (
    <>
      <a
        href={href.search()}
        onClick={onClick}
        className={buttonClass({ variant: "ghost", size: "icon", className: "md:w-auto md:gap-2 md:border md:border-line md:px-3 md:text-ink-muted" })}
        aria-keyshortcuts="/ Control+K Meta+K"
        aria-haspopup="dialog"
        title="Search (/)"
      >
        <SearchIcon />
        <span className="sr-only md:not-sr-only">Search</span>
        <kbd aria-hidden="true" className="hidden rounded border border-line px-1.5 font-mono text-xs md:inline">
          /
        </kbd>
      </a>
      {used ? (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
