import Link from "next/link";
import { parsePinpoint } from "@/lib/pinpoint";
import type { ClauseGraph, ParagraphNode } from "@/lib/schema/graph";
import { CitePanel } from "./cite-panel";
import { CopyButton } from "./copy-button.client";
import { BasisBadge } from "./basis-badge";
import { NumberingBasis } from "./official/official-text";
import { Prose } from "./prose";
import { href } from "@/lib/graph/hrefs";

/**
 * A paragraph with its anchor, pinpoint, basis mark, and the copy-link and cite actions.
 * The citation is readable in a native <details> without JavaScript; the copy buttons add convenience.
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
      className="paragraph py-2 pr-2 rounded"
      style={{ marginLeft: `${(paragraph.depth - 1) * 1.5}rem`, paddingLeft: "0.75rem" }}
      tabIndex={-1}
      aria-label={`Article ${paragraph.pin}`}
      data-pin={paragraph.pin}
      data-lens-groups={lensGroups?.join(" ")}
      data-lens-match={lensGroups ? "false" : undefined}
    >
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Link href={href.pinpointPage(paragraph.pin)} className="font-mono font-semibold" title={`Page for article ${paragraph.pin}`}>
          {paragraph.pin}
        </Link>
        {paragraph.label && <span className="font-semibold">{paragraph.label}</span>}
        <BasisBadge basis={paragraph.basis} id={paragraph.anchor} />
        <NumberingBasis pin={paragraph.pin} />
      </div>
      <Prose html={paragraph.html} />
      <div className="paragraph-actions no-print flex flex-wrap items-center gap-2 text-sm">
        <a href={link} aria-label={`Link to article ${paragraph.pin}`}>
          Link
        </a>
        <CopyButton path={link} label="Copy link" />
        <CitePanel treaty={treaty} pin={pin} verified={paragraph.verified} />
      </div>
      {children}
    </section>
  );
}
