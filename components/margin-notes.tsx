import type { AnnotationView } from "@/lib/graph/views";
import { AnnotationCard } from "./annotation-card";
import { CommentIcon } from "./ui/icons";

const SHOWN_FIRST = 3;

/**
 * The commentary on one paragraph (or on the article as a whole): in the margin beside the text
 * from 1,200 px, as commentary editions do; on narrower screens a closed <details> under the
 * paragraph that says how many comments it holds. The same markup serves both (CSS opens it
 * wide), works without JavaScript, and the stakeholder lens filters it (data-lens-slot). After
 * three comments the rest wait behind "N more comments".
 */
export function MarginNotes({ views, slot, about }: { views: readonly AnnotationView[]; slot: string; about: string }) {
  if (views.length === 0) return null;
  const count = `${views.length} ${views.length === 1 ? "comment" : "comments"}`;
  // A long run of comments would stretch the margin far below its paragraph: the rest fold away.
  const first = views.slice(0, SHOWN_FIRST);
  const rest = views.slice(SHOWN_FIRST);
  return (
    <div data-lens-slot className="min-w-0 wide:pt-2">
      <details data-slot="margin-notes" className="group/notes">
        <summary className="inline-flex min-h-8 items-center gap-1.5 rounded-md px-1 text-sm font-medium text-link [&::-webkit-details-marker]:hidden list-none hover:bg-surface-strong">
          <CommentIcon className="size-4" />
          {count}
          <span className="sr-only"> on {about}</span>
          <span aria-hidden="true" className="text-xs transition-transform group-open/notes:rotate-180">
            ▾
          </span>
        </summary>
        <p data-slot="margin-notes-title" className="mb-2 hidden border-b border-line pb-1 text-xs font-semibold tracking-wide text-ink-muted uppercase">
          {count} <span className="sr-only">on {about}</span>
        </p>
        <div className="mt-2 space-y-2 wide:mt-0">
          {first.map((item) => (
            <AnnotationCard key={item.annotation.id} view={item} headingLevel={4} idPrefix={`note-${slot}`} showProvisions={false} compact />
          ))}
          {rest.length > 0 && (
            <details data-slot="more-notes" className="group/more">
              <summary className="inline-flex min-h-8 items-center gap-1.5 rounded-md px-1 text-sm font-medium text-link hover:bg-surface-strong">
                {rest.length} more {rest.length === 1 ? "comment" : "comments"}
              </summary>
              <div className="mt-2 space-y-2">
                {rest.map((item) => (
                  <AnnotationCard key={item.annotation.id} view={item} headingLevel={4} idPrefix={`note-${slot}`} showProvisions={false} compact />
                ))}
              </div>
            </details>
          )}
        </div>
      </details>
    </div>
  );
}
