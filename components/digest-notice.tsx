import Link from "next/link";
import type { ClauseGraph } from "@/lib/schema/graph";
import { href } from "@/lib/graph/hrefs";

const CONFIDENCE_NOTE = {
  high: "Checked paragraph by paragraph against an authentic text.",
  medium: "The gist is confirmed by secondary sources; details come from our notes and are marked unverified.",
  low: "From our notes only; nothing we could check confirmed the details. Cite the article, not a paragraph.",
} as const;

/** Says plainly that this is our digest, how sure we are, and where the official text is. */
export function DigestNotice({ officialText, confidence }: { officialText: ClauseGraph["treaty"]["officialText"]; confidence: keyof typeof CONFIDENCE_NOTE }) {
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
        <span data-confidence={confidence}>
          Confidence: <strong>{confidence}</strong>. {CONFIDENCE_NOTE[confidence]}
        </span>{" "}
        <Link href={href.about()}>How we write digests</Link>
      </p>
    </aside>
  );
}
