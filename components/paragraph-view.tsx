import Link from "next/link";
import { absoluteUrl } from "@/lib/site";
import { citePinpoint, parsePinpoint, pinpointHref } from "@/lib/pinpoint";
import type { ParagraphNode } from "@/lib/schema/graph";
import { CopyButton } from "./copy-button.client";
import { NumberingBasis } from "./official/official-text";
import { Prose } from "./prose";

/**
 * A paragraph with its anchor, pinpoint, unverified mark, and the copy-link and cite actions.
 * The citation is readable in a native <details> without JavaScript; the copy buttons add convenience.
 */
export function ParagraphAnchor({ paragraph, shortTitle, lensGroups, children }: { paragraph: ParagraphNode; shortTitle: string; lensGroups?: string[]; children?: React.ReactNode }) {
  const pin = parsePinpoint(paragraph.pin)!;
  const href = pinpointHref(pin);
  const citation = citePinpoint(pin, shortTitle);
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
        <Link href={paragraph.path} className="font-mono font-semibold" title={`Page for article ${paragraph.pin}`}>
          {paragraph.pin}
        </Link>
        {paragraph.label && <span className="font-semibold">{paragraph.label}</span>}
        {!paragraph.verified && (
          <Link href="/about#unverified" className="badge no-underline stance-mixed" data-slot="unverified">
            Unverified
          </Link>
        )}
        <NumberingBasis pin={paragraph.pin} />
      </div>
      <Prose html={paragraph.html} />
      <div className="paragraph-actions no-print flex flex-wrap items-center gap-2 text-sm">
        <a href={href} aria-label={`Link to article ${paragraph.pin}`}>
          Link
        </a>
        <CopyButton path={href} label="Copy link" />
        <details className="inline-block">
          <summary className="cursor-pointer">Cite</summary>
          <p className="text-sm" data-slot="citation">
            {citation}, {absoluteUrl(href)}
          </p>
          <CopyButton text={`${citation},`} path={href} label="Copy citation" />
        </details>
      </div>
      {children}
    </section>
  );
}
