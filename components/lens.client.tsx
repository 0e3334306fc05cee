"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "./ui/button";
import { cardClass } from "./ui/card";
import { clsx } from "clsx";

export interface LensOption {
  id: string;
  name: string;
  count: number;
}

/** Reads `?lens=a,b` from the address. */
export function readLens(search: string, known: readonly string[]): string[] {
  const raw = new URLSearchParams(search).getAll("lens").flatMap((value) => value.split(","));
  return [...new Set(raw.map((value) => value.trim()).filter((value) => known.includes(value)))];
}

/** Applies the chosen groups to the page: other groups' cards hide, the notes that remain open, other paragraphs recede. */
function applyLens(root: HTMLElement, chosen: readonly string[]): void {
  const active = chosen.length > 0;
  root.dataset.lensActive = String(active);
  for (const paragraph of root.querySelectorAll<HTMLElement>("[data-lens-groups]")) {
    const groups = (paragraph.dataset.lensGroups ?? "").split(" ").filter(Boolean);
    paragraph.dataset.lensMatch = String(groups.some((group) => chosen.includes(group)));
  }
  for (const card of root.querySelectorAll<HTMLElement>("[data-lens-slot] [data-group]")) {
    card.hidden = active && !chosen.includes(card.dataset.group ?? "");
  }
  for (const slot of root.querySelectorAll<HTMLElement>("[data-lens-slot]")) {
    const shown = [...slot.querySelectorAll<HTMLElement>("[data-group]")].some((card) => !card.hidden);
    slot.hidden = active && !shown;
    // Open the notes (and folded "more") that hold what the lens shows; close again only those the lens opened.
    for (const notes of slot.querySelectorAll<HTMLDetailsElement>("details[data-slot=margin-notes], details[data-slot=more-notes]")) {
      const holds = [...notes.querySelectorAll<HTMLElement>("[data-group]")].some((card) => !card.hidden);
      if (active && holds) {
        if (!notes.open) notes.dataset.lensOpened = "";
        notes.open = true;
      } else if (notes.dataset.lensOpened !== undefined) {
        delete notes.dataset.lensOpened;
        notes.open = false;
      }
    }
  }
  for (const note of root.querySelectorAll<HTMLElement>("[data-lens-note]")) note.hidden = !active;
}

/**
 * The stakeholder lens: pick one or more stakeholder groups and only their commentary stays
 * beside the paragraphs, opened, while paragraphs they did not comment on recede. The choice
 * lives in the URL (`?lens=technology-industry`), so a shared link reproduces the view. The
 * control is in the server HTML at its final size (nothing moves when it hydrates) and is not
 * shown without JavaScript, where every comment is readable beside its paragraph anyway.
 */
export function StakeholderLens({ options, rootId }: { options: LensOption[]; rootId: string }) {
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const known = options.map((option) => option.id);

  useEffect(() => {
    const sync = () => setChosen(readLens(window.location.search, known));
    sync();
    window.addEventListener("popstate", sync);
    return () => window.removeEventListener("popstate", sync);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const root = document.getElementById(rootId);
    if (root && chosen) applyLens(root, chosen);
  }, [chosen, rootId]);

  const update = useCallback((next: string[]) => {
    const url = new URL(window.location.href);
    url.searchParams.delete("lens");
    if (next.length > 0) url.searchParams.set("lens", next.join(","));
    history.pushState(null, "", url);
    setChosen(next);
  }, []);

  const picked = chosen ?? [];
  return (
    <fieldset className={cardClass("no-print my-4 p-3")} data-slot="lens" data-js-only="" disabled={chosen === undefined}>
      <legend className="px-1 font-semibold">Stakeholder lens</legend>
      <p className="mb-2 text-sm text-ink-muted">Show only the chosen stakeholders&apos; commentary beside the paragraphs it concerns.</p>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.id} className="flex min-h-8 items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="lens"
              value={option.id}
              className="size-4 accent-(--color-link)"
              checked={picked.includes(option.id)}
              onChange={(event) => update(event.target.checked ? [...picked, option.id] : picked.filter((id) => id !== option.id))}
            />
            {option.name} <span className="text-ink-muted">({option.count})</span>
          </label>
        ))}
      </div>
      <Button variant="quiet" size="sm" className={clsx("mt-2 underline", picked.length === 0 && "invisible")} onClick={() => update([])}>
        Clear lens
      </Button>
    </fieldset>
  );
}
