import { citationPath } from "@/lib/cite/provision";
import { CITATION_STYLE_LABEL, citationStrings, plainCitationText } from "@/lib/cite/styles";
import { CITATION_FORMATS, openDataHref, type CitationFormat } from "@/lib/graph/hrefs";
import { formatPinpoint, type Pinpoint } from "@/lib/pinpoint";
import type { ClauseGraph } from "@/lib/schema/graph";
import { BASIS_LABEL, type Basis } from "@/lib/graph/basis";
import { absoluteUrl } from "@/lib/site";
import { CopyButton } from "./copy-button.client";
import { buttonClass } from "./ui/button";
import { cardClass } from "./ui/card";

const FORMAT_LABEL: Record<CitationFormat, string> = { bib: "BibLaTeX (.bib)", ris: "RIS (.ris)", json: "CSL-JSON (.json)" };

/**
 * "Cite": ready strings in three styles with copy buttons, and the citation files to download.
 * Readable in a native <details> without JavaScript; every string and file is made at build time.
 * The plain style's copy button takes the address the reader used (the page's own origin).
 */
export function CitePanel({
  treaty,
  pin,
  summary = "Cite",
  basis,
  popover = false,
}: {
  treaty: ClauseGraph["treaty"];
  pin: Pinpoint;
  summary?: string;
  /** A paragraph whose number or content is unchecked gets a warning before its citations. */
  basis?: Basis;
  /** Beside a paragraph: a small button that opens the panel over the text. */
  popover?: boolean;
}) {
  const path = citationPath(pin);
  const strings = citationStrings(treaty, pin, absoluteUrl(path));
  const name = `article ${formatPinpoint(pin)}`;
  return (
    <details className={popover ? "relative" : "inline-block"} data-slot="cite-panel">
      <summary className={buttonClass({ variant: "quiet", size: "sm", className: "list-none [&::-webkit-details-marker]:hidden" })}>{summary}</summary>
      <div className={popover ? cardClass("absolute right-0 z-20 mt-1 w-[min(28rem,calc(100vw-2rem))] space-y-2 p-3 shadow-lg", "canvas") : "mt-1 space-y-2"}>
        {basis?.kind === "recalled" && (
          <p className="text-sm" data-slot="citation-warning">
            This paragraph is marked {BASIS_LABEL.recalled.toLowerCase()}: check its number and content in the official text before you cite it, or cite the
            article.
          </p>
        )}
        <dl className="text-sm space-y-1 mt-1">
          <dt className="font-semibold">{CITATION_STYLE_LABEL.plain}</dt>
          <dd>
            <span data-slot="citation">{strings.plain}</span> <CopyButton text={`${plainCitationText(treaty, pin)},`} path={path} label="Copy citation" />
          </dd>
          <dt className="font-semibold">{CITATION_STYLE_LABEL.oscola}</dt>
          <dd>
            <span data-slot="citation-oscola">{strings.oscola}</span> <CopyButton text={strings.oscola} label="Copy OSCOLA-like citation" />
          </dd>
          <dt className="font-semibold">{CITATION_STYLE_LABEL.bluebook}</dt>
          <dd>
            <span data-slot="citation-bluebook">{strings.bluebook}</span> <CopyButton text={strings.bluebook} label="Copy Bluebook-like citation" />
          </dd>
        </dl>
        <p className="text-sm mt-1" data-slot="citation-downloads">
          Download for a reference manager:{" "}
          {CITATION_FORMATS.map((format, index) => (
            <span key={format}>
              {index > 0 && " · "}
              <a href={openDataHref.citation(pin, format)} download aria-label={`${FORMAT_LABEL[format]} citation of ${name}`}>
                {FORMAT_LABEL[format]}
              </a>
            </span>
          ))}{" "}
          <a href={openDataHref.page("citations")}>About these styles</a>
        </p>
      </div>
    </details>
  );
}
