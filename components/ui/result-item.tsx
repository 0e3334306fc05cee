import { clsx } from "clsx";
import type { ReactNode } from "react";

/**
 * One result in a list of results (search, quick search): what kind and where, the title as the
 * link, then a snippet of at most two lines. `title` is the link element itself, so callers keep
 * their own routing.
 */
export function ResultItem({ meta, title, snippet, className }: { meta: ReactNode; title: ReactNode; snippet?: ReactNode; className?: string }) {
  return (
    <div data-slot="result-item" className={clsx("min-w-0", className)}>
      <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">{meta}</p>
      <div className="font-semibold">{title}</div>
      {snippet ? <p className="mt-1 line-clamp-2 text-sm text-ink">{snippet}</p> : null}
    </div>
  );
}
