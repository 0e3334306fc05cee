"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { KIND_LABELS } from "@/lib/search/kinds";
import { readSearchState, searchStateHref, type SearchUrlState } from "@/lib/search/url-state";
import { Highlighted, resultMeta } from "./highlighted";
import { useAnnouncement } from "./use-announcement.client";
import { useSearch } from "./use-search.client";
import { useHydrated } from "../use-hydrated.client";
import { setUrl, useLocationSearch } from "./url-store.client";
import { href } from "@/lib/graph/hrefs";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ResultItem } from "../ui/result-item";

const SHOWN = 50;

function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/**
 * The search page: the state lives in the URL (`?q=…&kind=…&group=…`). Typing replaces the
 * current history entry; submitting or changing a filter pushes a new one, so Back returns to
 * the previous search. The engine and index load when the page does. `withOfficialText`: this
 * build imported the official text, so its words are searched too.
 */
export function SearchPanel({ withOfficialText = false }: { withOfficialText?: boolean }) {
  const mounted = useHydrated();
  const state = readSearchState(useLocationSearch());
  const { status, retry } = useSearch(mounted);
  /** The URL the current history entry had when it was created (typing only rewrites it). */
  const entryUrl = useRef<string>("");
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const sync = () => {
      entryUrl.current = currentUrl();
    };
    sync();
    window.addEventListener("popstate", sync);
    return () => window.removeEventListener("popstate", sync);
  }, []);

  /** Makes `next` a new history entry, keeping the previous entry's own URL for Back. */
  const commit = (next: SearchUrlState) => {
    const url = searchStateHref(next);
    if (url === entryUrl.current) {
      if (currentUrl() !== url) setUrl(url, "replace");
      return;
    }
    if (currentUrl() !== entryUrl.current) window.history.replaceState(null, "", entryUrl.current);
    setUrl(url, "push");
    entryUrl.current = url;
  };

  const onType = (q: string) => setUrl(searchStateHref({ ...state, q }), "replace");

  const search = status.state === "ready" ? status.search : undefined;
  const all = useMemo(() => (search ? search.api.rankRecords(search.engine, state.q) : []), [search, state.q]);
  const groups = useMemo(() => (search ? search.api.stakeholderGroups(search.engine) : []), [search]);
  const kinds = useMemo(() => (search ? search.api.kindsInIndex(search.engine) : []), [search]);
  const groupFiltered = useMemo(() => (search && state.group ? search.api.filterResults(all, { groups: [state.group] }) : all), [search, all, state.group]);
  const counts = useMemo(() => (search ? search.api.countByKind(groupFiltered) : undefined), [search, groupFiltered]);
  const results = useMemo(
    () => (search && state.kind ? search.api.filterResults(groupFiltered, { kinds: [state.kind] }) : groupFiltered),
    [search, groupFiltered, state.kind],
  );

  const query = state.q.trim();
  const groupName = groups.find((g) => g.id === state.group)?.name;
  const summary =
    status.state === "loading" || (status.state === "idle" && mounted)
      ? "Loading search…"
      : status.state === "error"
        ? "Search could not be loaded."
        : status.state === "ready" && query
          ? `${results.length === 0 ? "No" : results.length} result${results.length === 1 ? "" : "s"} for “${query}”${state.kind ? ` among ${KIND_LABELS[state.kind].many.toLowerCase()}` : ""}${groupName ? ` from ${groupName}` : ""}.`
          : "";
  const announced = useAnnouncement(summary);

  /** ArrowDown from the box moves into the results; arrows move between them; Escape goes back. */
  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? [])];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      links[Math.min(links.length - 1, at + 1)]?.focus();
    } else if (event.key === "ArrowUp" && at !== -1) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else links[at - 1]?.focus();
    } else if (event.key === "Escape" && at !== -1) {
      event.preventDefault();
      input.current?.focus();
    }
  };

  return (
    <div className="min-h-dvh">
      <form
        role="search"
        action={href.search()}
        method="get"
        aria-label="Search the treaty"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          commit({ ...state, q: state.q.trim() });
        }}
      >
        <div className="flex-1 min-w-[14rem]">
          <label htmlFor="search-q" className="block font-medium mb-1">
            {withOfficialText ? "Search the official text, digests, terms, commentary and names" : "Search digests, terms, commentary and names"}
          </label>
          <input
            ref={input}
            id="search-q"
            name="q"
            type="search"
            value={state.q}
            onChange={(event) => onType(event.target.value)}
            onKeyDown={moveFocus}
            autoComplete="off"
            spellCheck={false}
            maxLength={1000}
            aria-describedby="search-hint"
            placeholder="serious crime, 28(4), extradition, McCarthy…"
            className="min-h-11 w-full rounded-md border border-line-strong bg-canvas px-3 py-2 text-base text-ink"
          />
        </div>
        <Button type="submit" variant="solid" size="lg">
          Search
        </Button>
        <p id="search-hint" className="w-full text-sm text-ink-muted">
          Words, a phrase, a name or a pinpoint such as <code>28(4)</code> or <code>art 2 h</code>. Small typos are forgiven. Press ↓ to move to the results.
        </p>
      </form>

      {/* Two lines are kept for the status and the page below the form is at least a screen high, so
          nothing visible moves when the index loads and results arrive under it. */}
      <p role="status" aria-live="polite" aria-atomic="true" className="mt-4 min-h-10 text-sm font-medium" data-testid="search-status">
        {announced}
      </p>
      {status.state === "error" ? (
        <p className="text-sm">
          <button type="button" onClick={retry} className="text-link underline">
            Try again
          </button>{" "}
          or browse the <Link href={href.chapters()}>contents</Link>.
        </p>
      ) : null}

      {mounted && search && query ? (
        <div className="mb-4 flex flex-wrap items-end gap-x-6 gap-y-3">
          <div role="group" aria-label="Kind of result" className="flex flex-wrap gap-2">
            <FilterButton pressed={!state.kind} onClick={() => commit({ ...state, kind: undefined })} label="All" count={groupFiltered.length} />
            {kinds.map((kind) => (
              <FilterButton
                key={kind}
                pressed={state.kind === kind}
                onClick={() => commit({ ...state, kind })}
                label={KIND_LABELS[kind].many}
                count={counts?.[kind] ?? 0}
              />
            ))}
          </div>
          <div>
            <label htmlFor="search-group" className="block text-sm font-medium">
              Stakeholder group
            </label>
            <select
              id="search-group"
              value={state.group ?? ""}
              onChange={(event) => commit({ ...state, group: event.target.value || undefined })}
              className="min-h-9 rounded-md border border-line-strong bg-canvas px-2 py-1 text-ink"
            >
              <option value="">Any (all results)</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}

      {results.length > 0 ? (
        <ol ref={list} className="space-y-3" aria-label="Search results" onKeyDown={moveFocus}>
          {results.slice(0, SHOWN).map((result) => (
            <Card as="li" key={result.record.id} surface="canvas" className="p-3">
              <ResultItem
                meta={resultMeta(result.record)}
                title={
                  <a href={result.record.href} data-result="">
                    <Highlighted text={result.record.title} ranges={result.titleRanges} />
                  </a>
                }
                snippet={result.snippet.text ? <Highlighted text={result.snippet.text} ranges={result.snippet.ranges} /> : undefined}
              />
            </Card>
          ))}
        </ol>
      ) : null}
      {results.length > SHOWN ? (
        <p className="text-ink-muted text-sm mt-3">
          Showing the first {SHOWN} of {results.length}. Add words or choose a kind to narrow the list.
        </p>
      ) : null}
    </div>
  );
}

function FilterButton({ pressed, onClick, label, count }: { pressed: boolean; onClick: () => void; label: string; count: number }) {
  return (
    <Button variant="chip" size="sm" aria-pressed={pressed} onClick={onClick} className="px-3">
      {label} ({count})
    </Button>
  );
}
