"use client";

import { useCallback, useEffect, useState } from "react";

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

/** Applies the chosen groups to the page: slots beside paragraphs open, other paragraphs recede. */
function applyLens(root: HTMLElement, chosen: readonly string[]): void {
  const active = chosen.length > 0;
  root.dataset.lensActive = String(active);
  for (const paragraph of root.querySelectorAll<HTMLElement>("[data-lens-groups]")) {
    const groups = (paragraph.dataset.lensGroups ?? "").split(" ").filter(Boolean);
    paragraph.dataset.lensMatch = String(groups.some((group) => chosen.includes(group)));
  }
  for (const card of root.querySelectorAll<HTMLElement>("[data-lens-slot] [data-group]")) {
    card.hidden = !chosen.includes(card.dataset.group ?? "");
  }
  for (const slot of root.querySelectorAll<HTMLElement>("[data-lens-slot]")) {
    slot.hidden = !active || ![...slot.querySelectorAll<HTMLElement>("[data-group]")].some((card) => !card.hidden);
  }
  for (const list of root.querySelectorAll<HTMLElement>("[data-lens-all]")) list.hidden = active;
  for (const note of root.querySelectorAll<HTMLElement>("[data-lens-note]")) note.hidden = !active;
}

/**
 * The stakeholder lens: pick one or more stakeholder groups and their commentary appears beside
 * the paragraphs it concerns. The choice lives in the URL (`?lens=technology-industry`), so a
 * shared link reproduces the view. Without JavaScript every annotation is listed under the article.
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

  if (chosen === undefined) return null;
  return (
    <fieldset className="card p-3 my-4 no-print" data-slot="lens">
      <legend className="px-1 font-semibold">Stakeholder lens</legend>
      <p className="text-sm muted mb-2">Show one or more stakeholders&apos; commentary beside the paragraphs it concerns.</p>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.id} className="text-sm flex items-center gap-1">
            <input
              type="checkbox"
              name="lens"
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(event) => update(event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
            />
            {option.name} <span className="muted">({option.count})</span>
          </label>
        ))}
      </div>
      {chosen.length > 0 && (
        <button type="button" className="text-sm mt-2 underline" onClick={() => update([])}>
          Clear lens
        </button>
      )}
    </fieldset>
  );
}
