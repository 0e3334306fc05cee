import { Link } from "@/components/ui/link";
import { parsePinpoint } from "@/lib/pinpoint";
import type { ClauseGraph, ParagraphNode } from "@/lib/schema/graph";
import { CitePanel } from "./cite-panel";
import { CopyButton } from "./copy-button.client";
import { BasisBadge } from "./basis-badge";
import { NumberingBasis } from "./official/official-text";
import { Prose } from "./prose";
import { cn } from "./ui/cn";
import { href } from "@/lib/graph/hrefs";
import { READING_ROW } from "@/components/ui/reading";

/** Sub-paragraphs step in under their parent. */
const INDENT = ["", "", "ml-5 sm:ml-7", "ml-10 sm:ml-14", "ml-14 sm:ml-20"] as const;

/**
 * A paragraph with its anchor: the pinpoint label is the link to its own page; the basis mark;
 * quiet actions (copy link, cite) that show on hover and keyboard focus and are always there for
 * touch and screen readers. The citation is readable in a native <details> without JavaScript.
 * `children` (the commentary on it) sit beside the text from 1,200 px, under it below that.
 */
export function ParagraphAnchor({
  paragraph,
  treaty,
  lensGroups,
  children,
}: {
  paragraph: ParagraphNode;
  treaty: ClauseGraph["treaty"];
  lensGroups?: string[];
  children?: React.ReactNode;
}) {
  const pin = parsePinpoint(paragraph.pin)!;
  const link = href.pinpoint(pin);
  return (
    <section
      id={paragraph.anchor}
      className={cn("paragraph py-1", READING_ROW)}
      tabIndex={-1}
      aria-label={`Article ${paragraph.pin}`}
      data-pin={paragraph.pin}
      data-depth={paragraph.depth}
      data-lens-groups={lensGroups?.join(" ")}
      data-lens-match={lensGroups ? "false" : undefined}
    >
      <div data-slot="paragraph-body" className={cn("min-w-0 rounded-sm py-1", INDENT[paragraph.depth] ?? INDENT[4])}>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={href.pinpointPage(paragraph.pin)} className="font-mono font-semibold" title={`Page for article ${paragraph.pin}`}>
            {paragraph.pin}
          </Link>
          {paragraph.label && <span className="font-semibold">{paragraph.label}</span>}
          <BasisBadge basis={paragraph.basis} id={paragraph.anchor} />
          <NumberingBasis pin={paragraph.pin} />
          <div data-slot="paragraph-actions" className="paragraph-actions no-print ml-auto flex items-center gap-1">
            <CopyButton path={link} label="Copy link" />
            <CitePanel treaty={treaty} pin={pin} basis={paragraph.basis} popover />
          </div>
        </div>
        <Prose html={paragraph.html} />
      </div>
      {children}
    </section>
  );
}
