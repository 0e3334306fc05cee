import type { LineageTreatyNode } from "@/lib/schema/lineage";

/** Says we show numbers and titles only, and where the treaty's official text is. */
export function OfficialTextNotice({ treaty }: { treaty: LineageTreatyNode }) {
  return (
    <aside className="card p-3 text-sm my-4" aria-label={`About the ${treaty.shortName} text`} data-slot="official-text-notice">
      <p>
        <strong>Numbers and titles only.</strong> We do not reproduce the {treaty.shortName}&apos;s text; notes are ours. Read the official text:{" "}
        {treaty.officialText.map((link, index) => (
          <span key={link.url}>
            {index > 0 && " · "}
            <a href={link.url} rel="external">
              {link.label}
            </a>
          </span>
        ))}
        .
      </p>
    </aside>
  );
}
