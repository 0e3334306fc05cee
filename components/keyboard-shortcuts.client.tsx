"use client";

import { useEffect, useRef } from "react";
import { buttonClass } from "./ui/button";
import { cardClass } from "./ui/card";

/** Event the search launcher listens for, so any shortcut can open search. */
export const OPEN_SEARCH_EVENT = "treaty:open-search";

const SHORTCUTS: Array<[string, string]> = [
  ["/", "Open search"],
  ["Ctrl K or ⌘ K", "Open search"],
  ["j", "Next paragraph"],
  ["k", "Previous paragraph"],
  ["?", "Show these shortcuts"],
  ["Esc", "Close a dialog"],
];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** Moves to the next or previous paragraph, highlights it and puts its anchor in the URL. */
function stepParagraph(direction: 1 | -1): void {
  const paragraphs = [...document.querySelectorAll<HTMLElement>(".paragraph[id][data-pin]")];
  if (paragraphs.length === 0) return;
  const current = paragraphs.findIndex((p) => p.dataset.current === "true" || `#${p.id}` === window.location.hash);
  const next = paragraphs[Math.min(paragraphs.length - 1, Math.max(0, current === -1 ? (direction === 1 ? 0 : paragraphs.length - 1) : current + direction))];
  if (!next) return;
  for (const p of paragraphs) delete p.dataset.current;
  next.dataset.current = "true";
  history.replaceState(null, "", `#${next.id}`);
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: "center" });
}

/** Site-wide keyboard shortcuts, and the `?` dialog that lists them. */
export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        window.dispatchEvent(new Event(OPEN_SEARCH_EVENT));
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]") && event.key !== "?") return;
      if (event.key === "/") {
        event.preventDefault();
        window.dispatchEvent(new Event(OPEN_SEARCH_EVENT));
      } else if (event.key === "j") stepParagraph(1);
      else if (event.key === "k") stepParagraph(-1);
      else if (event.key === "?") {
        if (dialog.current?.open) dialog.current.close();
        else dialog.current?.showModal();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      className={cardClass("m-auto w-full max-w-sm p-6 text-ink shadow-2xl backdrop:bg-black/60", "canvas")}
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold mb-3">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key + action} className="contents">
            <dt>
              <kbd className="font-mono">{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4">
        <button type="submit" className={buttonClass({ size: "sm" })}>
          Close
        </button>
      </form>
    </dialog>
  );
}
