import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import type { CitationFormat } from "../graph/hrefs";
import type { CslTreatyItem } from "./csl";

/** citation-js's output format for each download, and the media type a host should send. */
const FORMAT: Record<CitationFormat, { citationJs: string; mediaType: string }> = {
  bib: { citationJs: "biblatex", mediaType: "application/x-bibtex; charset=utf-8" },
  ris: { citationJs: "ris", mediaType: "application/x-research-info-systems; charset=utf-8" },
  json: { citationJs: "data", mediaType: "application/vnd.citationstyles.csl+json; charset=utf-8" },
};

/**
 * A citation file made by citation-js from our CSL-JSON item: BibLaTeX (`@legal`, the entry type
 * biblatex has for treaties), RIS or CSL-JSON. Runs at build time only; pages link to the files.
 */
export function citationFile(item: CslTreatyItem, format: CitationFormat): { body: string; mediaType: string } {
  const output = new Cite(item).format(FORMAT[format].citationJs, { format: "text" });
  if (typeof output !== "string") throw new Error(`citation-js gave no text for ${format}`);
  return { body: output.endsWith("\n") ? output : `${output}\n`, mediaType: FORMAT[format].mediaType };
}
