import { Link } from "@/components/ui/link";
import type { Basis } from "@/lib/graph/basis";
import { href } from "@/lib/graph/hrefs";
import type { ClauseGraph } from "@/lib/schema/graph";
import { BasisBadge } from "./basis-badge";
import { Card } from "./ui/card";

/** Says plainly that this is our digest, what it rests on, and where the official text is. */
export function DigestNotice({ officialText, basis }: { officialText: ClauseGraph["treaty"]["officialText"]; basis: Basis }) {
  const official = officialText[0];
  return (
    <Card as="aside" className="my-4 max-w-measure px-3 py-2 text-sm" aria-label="About this digest" data-slot="digest-notice">
      <p>
        <strong>Digest, not the official text.</strong> Written by us in plain language.{" "}
        {official && (
          <>
            Read the official text in{" "}
            <a href={official.url} rel="external">
              {official.label}
            </a>
            .
          </>
        )}{" "}
        <Link href={href.about()}>How we write digests</Link>
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-1">
        Rests on: <BasisBadge basis={basis} id="digest" />
        {basis.source && <span className="text-ink-muted"> ({basis.source})</span>}
      </p>
    </Card>
  );
}
