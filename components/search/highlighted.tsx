import { Fragment } from "react";
import { KIND_LABELS } from "@/lib/search/kinds";
import type { SearchRecord } from "@/lib/search/records";
import { highlightParts } from "@/lib/search/snippet";
import type { Range } from "@/lib/search/text";
import { BASIS_LABEL } from "@/lib/graph/basis-labels";

/** Text with the matched parts in <mark>, in colours that keep AA contrast in both themes. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {highlightParts(text, ranges).map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-highlight text-ink ring-1 ring-line">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** "Provision · 28(4) · Recalled, unchecked", "Term · defined in 2(h)", "Commentary · on 6, 24". */
export function resultMeta(record: Pick<SearchRecord, "kind" | "pin" | "basis">): string {
  const kind = KIND_LABELS[record.kind].one;
  const pin = record.pin.trim();
  switch (record.kind) {
    case "provision":
      return record.basis ? `${kind} · ${pin} · ${BASIS_LABEL[record.basis]}` : `${kind} · ${pin}`;
    case "official":
      return pin ? `${kind} · ${pin}` : kind;
    case "term":
      return pin && pin !== "Term" ? `${kind} · defined in ${pin}` : kind;
    case "commentary":
      return pin ? `${kind} · on ${pin.replace(/\btreaty\b/u, "the whole treaty")}` : kind;
    default:
      return kind;
  }
}
