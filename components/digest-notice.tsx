import Link from "next/link";
import type { Basis } from "@/lib/graph/basis";
import { href } from "@/lib/graph/hrefs";
import type { ClauseGraph } from "@/lib/schema/graph";
import { BasisBadge } from "./basis-badge";

/** Says plainly that this is our digest, what it rests on, and where the official text is. */
export function DigestNotice({ officialText, basis }: { officialText: ClauseGraph["treaty"]["officialText"]; basis: Basis }) {
  const official = officialText[0];
  return (
    <aside className="card p-3 text-sm my-4" aria-label="About this digest" data-slot="digest-notice">
      <p>
        <strong>Digest, not the official text.</strong> Written by us in plain language.{" "}
        {official && (
          <>
            Read the official text in <a href={official.url} rel="external">{official.label}</a>.
          </>
        )}{" "}
        <Link href={href.about()}>How we write digests</Link>
      </p>
      <p className="mt-1">
        Rests on: <BasisBadge basis={basis} id="digest" />
        {basis.source && <span className="muted"> ({basis.source})</span>}
      </p>
    </aside>
  );
}
