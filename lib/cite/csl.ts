import { z } from "zod";
import type { Pinpoint } from "../pinpoint";
import type { ClauseGraph } from "../schema/graph";
import { dateParts } from "./dates";
import { citationKey, citedTitle, provisionLabel } from "./styles";

/** The CSL-JSON item we publish for a provision: the subset of CSL 1.0.2 variables we fill. */
export const cslTreatyItem = z.object({
  id: z.string(),
  "citation-key": z.string(),
  type: z.literal("treaty"),
  title: z.string(),
  "title-short": z.string(),
  /** The pinpoint, "art. 28(4)": CSL's variable for a section of a legal item. */
  section: z.string(),
  number: z.string(),
  authority: z.string(),
  issued: z.object({ "date-parts": z.array(z.array(z.number().int())) }),
  URL: z.string(),
});
export type CslTreatyItem = z.infer<typeof cslTreatyItem>;

/**
 * The CSL-JSON item for an article or pinpoint of the Convention. No access date, so every build
 * of the same content gives the same files.
 */
export function cslItem(treaty: ClauseGraph["treaty"], pin: Pinpoint, url: string): CslTreatyItem {
  const key = citationKey(pin);
  return {
    id: key,
    "citation-key": key,
    type: "treaty",
    title: citedTitle(treaty),
    "title-short": treaty.shortTitle,
    section: provisionLabel(pin),
    number: treaty.documentSymbol,
    authority: "United Nations General Assembly",
    issued: { "date-parts": dateParts(treaty.adopted) },
    URL: url,
  };
}
