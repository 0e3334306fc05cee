import { z } from "zod";
import { basisKind } from "../graph/basis";
import { SEARCH_KINDS } from "./kinds";

export const searchKind = z.enum(SEARCH_KINDS);

/** One search hit target: a paragraph, article, term, annotation, stakeholder, topic or source. */
export const searchRecord = z.object({
  id: z.string(),
  kind: searchKind,
  /** Pinpoint or short label shown before the title ("28(4)", "Term"). */
  pin: z.string(),
  title: z.string(),
  /** Defined terms, aliases and other exact names that should rank first. */
  names: z.array(z.string()),
  text: z.string(),
  href: z.string(),
  /** Top-level stakeholder group, for commentary and stakeholder records. */
  group: z.string().optional(),
  /** What an article's or paragraph's digest rests on, shown beside the result. */
  basis: basisKind.optional(),
});

export type SearchRecord = z.infer<typeof searchRecord>;
export type SearchKind = z.infer<typeof searchKind>;
