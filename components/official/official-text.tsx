import "./official-text.css";
import { formatPartialDate } from "@/components/format";
import { OFFICIAL_HEADING } from "@/lib/graph/hrefs";
import { getOfficial } from "@/lib/official/data";
import { officialSubtree, type ShownProvision } from "@/lib/official/queries";
import { ViewUrl } from "./view-url.client";

const DEFAULT_VIEW = "both";
const CHOICES = [
  ["digest", "Digest"],
  ["official", "Official"],
  ["both", "Both"],
] as const;

/** Radio buttons that show the digest, the official text or both (see official-text.css). */
function ViewChoice() {
  return (
    <fieldset className="view-choice text-sm no-print" data-slot="view-choice">
      <legend className="sr-only">Show</legend>
      {CHOICES.map(([value, label]) => (
        <span key={value} className="contents">
          <input type="radio" name="text-view" id={`text-view-${value}`} value={value} defaultChecked={value === DEFAULT_VIEW} />
          <label htmlFor={`text-view-${value}`}>{label}</label>
        </span>
      ))}
      <ViewUrl fallback={DEFAULT_VIEW} />
    </fieldset>
  );
}

function Provision({ provision }: { provision: ShownProvision }) {
  return (
    <p
      id={provision.anchor}
      className="official-provision my-1"
      style={{ marginLeft: `${Math.max(0, provision.depth - 1) * 1.5}rem` }}
      data-official-pin={provision.pin}
    >
      {provision.marker && <span className="font-mono font-semibold mr-2">{provision.marker}</span>}
      {provision.text}
    </p>
  );
}

type Scope = { kind: "article"; number: number } | { kind: "pinpoint"; pin: string } | { kind: "preamble" };

/**
 * The treaty's own words for an article, a pinpoint or the preamble, from the official text the
 * deployer imported, with the Digest / Official / Both choice. Without one, a one-line note.
 */
export function OfficialText({ scope }: { scope: Scope }) {
  const official = getOfficial();
  if (!official) {
    return (
      <p className="text-sm muted my-2" data-slot="official-absent">
        No official text is loaded in this build, so only our digest is shown.
      </p>
    );
  }
  const { text } = official;
  const { fileName, importedAt } = text.source;
  const provisions = scope.kind === "preamble" ? [] : officialSubtree(text, scope.kind === "article" ? String(scope.number) : scope.pin);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3 my-3">
        <ViewChoice />
      </div>
      <section aria-labelledby={OFFICIAL_HEADING} className="official-text pl-3 my-4" data-view="official" data-slot="official-text">
        <h2 id={OFFICIAL_HEADING} className="text-lg font-semibold">
          Official text
        </h2>
        <p className="text-xs muted">
          From {text.symbol} ({fileName}, imported {formatPartialDate(importedAt)}), as the deployer of this site loaded it.
        </p>
        {scope.kind === "preamble"
          ? text.preamble.map((recital, index) => (
              <p key={index} className="official-provision my-1">
                {recital}
              </p>
            ))
          : provisions.map((provision) => <Provision key={provision.pin} provision={provision} />)}
        {scope.kind !== "preamble" && provisions.length === 0 && (
          <p className="muted text-sm">The official text has no provision {scope.kind === "pinpoint" ? scope.pin : scope.number}.</p>
        )}
      </section>
    </>
  );
}

/** "Numbering checked against the official text (file, date)" for a paragraph the build found there. */
export function NumberingBasis({ pin }: { pin: string }) {
  const official = getOfficial();
  if (!official?.report.checked.includes(pin)) return null;
  const { fileName, importedAt } = official.report.source;
  return (
    <span className="text-xs muted" data-slot="numbering-basis">
      Numbering checked against the official text ({fileName}, {formatPartialDate(importedAt)})
    </span>
  );
}
