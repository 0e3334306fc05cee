import { citePinpoint, formatPinpoint, type Pinpoint } from "../pinpoint";
import type { ClauseGraph } from "../schema/graph";
import { bluebookDate, dayMonthYear } from "./dates";

type Treaty = ClauseGraph["treaty"];

/** The citation styles the cite panel offers, in the order it shows them. */
export const CITATION_STYLES = ["plain", "oscola", "bluebook"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const CITATION_STYLE_LABEL: Record<CitationStyle, string> = { plain: "Plain", oscola: "OSCOLA-like", bluebook: "Bluebook-like" };

/**
 * The Convention's title as cited: the part before the semicolon. The full title goes on with a
 * long descriptive subtitle ("Strengthening International Cooperation …") that citations omit.
 */
export function citedTitle(treaty: Treaty): string {
  return treaty.title.split(";")[0]?.trim() || treaty.shortTitle;
}

/** The provision as the plain style names it: "art. 28(4)". */
export function provisionLabel(pin: Pinpoint): string {
  return `art. ${formatPinpoint(pin)}`;
}

/** Plain, without the address: short title and pinpoint ("UN Convention against Cybercrime, art. 28(4)"). */
export function plainCitationText(treaty: Treaty, pin: Pinpoint): string {
  return citePinpoint(pin, treaty.shortTitle);
}

/** Plain: short title and pinpoint, then the page's address ("UN Convention against Cybercrime, art. 28(4), https://…"). */
export function plainCitation(treaty: Treaty, pin: Pinpoint, url: string): string {
  return `${plainCitationText(treaty, pin)}, ${url}`;
}

/**
 * OSCOLA-like (OSCOLA 4th ed., treaties): title, then in brackets the adoption and signature dates,
 * the document it is published in, then the pinpoint with "art" and no full stop. No treaty
 * series reference exists yet, so the UN document symbol stands in for it.
 */
export function oscolaCitation(treaty: Treaty, pin: Pinpoint): string {
  const dates = `adopted ${dayMonthYear(treaty.adopted)}, opened for signature ${dayMonthYear(treaty.signature.opened)}`;
  return `${citedTitle(treaty)} (${dates}) UN Doc ${treaty.documentSymbol}, art ${formatPinpoint(pin)}`;
}

/**
 * Bluebook-like (rule 21.4, international agreements): title, the subdivision cited, the date,
 * then the source; with no U.N.T.S. reference yet, the UN document symbol.
 */
export function bluebookCitation(treaty: Treaty, pin: Pinpoint): string {
  return `${citedTitle(treaty)} ${provisionLabel(pin)}, ${bluebookDate(treaty.adopted)}, U.N. Doc. ${treaty.documentSymbol}.`;
}

/** Every style's string for one provision; `url` is the absolute address the plain style ends with. */
export function citationStrings(treaty: Treaty, pin: Pinpoint, url: string): Record<CitationStyle, string> {
  return { plain: plainCitation(treaty, pin, url), oscola: oscolaCitation(treaty, pin), bluebook: bluebookCitation(treaty, pin) };
}

/**
 * A stable key for a provision in reference managers: `UNCC_art28_4`, `UNCC_art11_1_a_ii`. Only
 * letters, digits and underscores, which BibTeX and citation-js accept as a label unchanged.
 */
export function citationKey(pin: Pinpoint): string {
  const parts = [pin.article, pin.paragraph, pin.letter, pin.roman].filter((part) => part !== undefined);
  return `UNCC_art${parts.join("_")}`;
}
