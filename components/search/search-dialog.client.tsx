"use client";

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { searchStateHref } from "@/lib/search/url-state";
import { Highlighted, resultMeta } from "./highlighted";
import { useAnnouncement } from "./use-announcement.client";
import { useSearch } from "./use-search.client";
import { buttonClass } from "../ui/button";
import { clsx } from "clsx";

const LIMIT = 8;

/**
 * Quick search: a modal <dialog> with a combobox and a listbox of the best results
 * (ARIA 1.2 combobox pattern with aria-activedescendant). ArrowUp/ArrowDown choose, Enter opens
 * the chosen result (or the full results page when none is chosen), Escape closes. The engine
 * and the index load the first time the dialog opens.
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: (navigating?: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listbox = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);
  const { status, retry } = useSearch(open);
  const id = useId().replace(/:/gu, "");
  const ids = { title: `${id}-title`, input: `${id}-input`, list: `${id}-list`, hint: `${id}-hint`, option: (i: number) => `${id}-option-${i}` };

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      input.current?.focus();
      input.current?.select();
    } else if (!open && element.open) element.close();
  }, [open]);

  const search = status.state === "ready" ? status.search : undefined;
  const trimmed = query.trim();
  const results = useMemo(
    () => (search && trimmed ? search.api.searchRecords(search.engine, trimmed, { limit: LIMIT, snippetLength: 110 }) : []),
    [search, trimmed],
  );
  const expanded = results.length > 0;
  const current = active >= 0 && active < results.length ? active : -1;
  const allHref = searchStateHref({ q: trimmed });

  const summary =
    status.state === "loading" || (status.state === "idle" && open)
      ? "Loading search…"
      : status.state === "error"
        ? "Search could not be loaded."
        : trimmed
          ? results.length === 0
            ? `No results for “${trimmed}”.`
            : `${results.length === LIMIT ? `Top ${LIMIT}` : results.length} result${results.length === 1 ? "" : "s"}. Use the up and down arrows to choose, Enter to open.`
          : "";
  const announced = useAnnouncement(summary);

  const activeId = current >= 0 ? ids.option(current) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const go = (href: string) => {
    onClose(true);
    window.location.assign(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (expanded) setActive(current < 0 ? 0 : Math.min(results.length - 1, current + 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (expanded) setActive(current <= 0 ? -1 : current - 1);
    } else if (event.key === "Enter") {
      if (event.nativeEvent.isComposing) return;
      event.preventDefault();
      const chosen = current >= 0 ? results[current] : undefined;
      if (chosen) go(chosen.record.href);
      else if (trimmed) go(allHref);
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (outside the panel) closes.
        if (event.target === dialog.current) onClose();
      }}
      onKeyDown={(event) => {
        // Keep Tab inside the dialog (showModal makes the page inert; this also skips the browser's own UI).
        if (event.key !== "Tab" || !dialog.current) return;
        const focusable = [...dialog.current.querySelectorAll<HTMLElement>("input, button, a[href]")].filter((element) => element.offsetParent !== null);
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      className="m-auto mt-[8vh] max-h-[84vh] w-[min(42rem,calc(100%-1.5rem))] rounded-lg border border-line bg-canvas p-0 text-ink shadow-2xl backdrop:bg-black/60"
    >
      <div className="flex max-h-[84vh] flex-col p-4">
        <div className="flex items-center justify-between gap-4">
          <h2 id={ids.title} className="text-lg font-semibold">
            <label htmlFor={ids.input}>Search the treaty</label>
          </h2>
          <button type="button" onClick={() => onClose()} className={buttonClass({ variant: "outline", size: "sm" })}>
            Close <span className="sr-only">search</span>
            <kbd className="text-ink-muted ml-1 font-mono text-xs" aria-hidden="true">
              Esc
            </kbd>
          </button>
        </div>
        <input
          ref={input}
          id={ids.input}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={ids.hint}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={1000}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          placeholder="serious crime, 28(4), extradition, McCarthy…"
          className="mt-2 min-h-11 w-full rounded-md border border-line-strong bg-canvas px-3 py-2 text-base text-ink"
        />
        <p id={ids.hint} className="text-ink-muted mt-1 text-xs">
          ↑ ↓ to choose, Enter to open, Esc to close.
        </p>
        <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
          {announced}
        </p>
        {status.state === "loading" ? <p className="text-ink-muted mt-3 text-sm">Loading search…</p> : null}
        {status.state === "error" ? (
          <p className="mt-3 text-sm">
            Search could not be loaded.{" "}
            <button type="button" onClick={retry} className="text-link underline">
              Try again
            </button>
          </p>
        ) : null}
        {status.state === "ready" && trimmed && results.length === 0 ? <p className="mt-3 text-sm">No results for “{trimmed}”.</p> : null}
        <ul ref={listbox} id={ids.list} role="listbox" aria-label="Results" className="mt-3 overflow-y-auto" hidden={!expanded}>
          {results.map((result, i) => (
            <li
              key={result.record.id}
              id={ids.option(i)}
              role="option"
              aria-selected={i === current}
              onMouseMove={() => {
                if (i !== current) setActive(i);
              }}
              onClick={() => go(result.record.href)}
              className={clsx("cursor-pointer rounded-md px-3 py-2", i === current && "bg-surface outline-2 -outline-offset-2 outline-link")}
            >
              <span className="text-ink-muted block text-xs font-medium uppercase tracking-wide">{resultMeta(result.record)}</span>
              <span className="block font-semibold text-link">
                <Highlighted text={result.record.title} ranges={result.titleRanges} />
              </span>
              {result.snippet.text ? (
                <span className="block text-sm">
                  <Highlighted text={result.snippet.text} ranges={result.snippet.ranges} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {trimmed ? (
          <p className="mt-3 border-t border-line pt-2 text-sm">
            <a href={allHref} onClick={() => onClose(true)}>
              All results for “{trimmed}”
            </a>
          </p>
        ) : null}
      </div>
    </dialog>
  );
}
