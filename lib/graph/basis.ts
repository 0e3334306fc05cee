import { z } from "zod";
import { BASIS_KINDS, type Basis } from "./basis-labels";

/**
 * What a digest rests on, shown the same way wherever an article or paragraph appears:
 * - `authentic-text`: content and numbering checked against an authentic text (named);
 * - `secondary-source`: the gist confirmed by a named secondary source, details unchecked;
 * - `recalled`: from recollection of the adopted text only;
 * - `official-numbering`: the paragraph's number was found in an official text imported at build time.
 */
export const basisKind = z.enum(BASIS_KINDS);

export const basis = z.object({ kind: basisKind, source: z.string().optional() });

export { BASIS_KINDS, BASIS_LABEL, explainBasis, type Basis, type BasisKind } from "./basis-labels";

/** The article's basis from its confidence and the text it names: high → authentic text, medium → secondary source, low → recalled. */
export function articleBasis(confidence: "high" | "medium" | "low", source: string | undefined): Basis {
  if (confidence === "low") return { kind: "recalled" };
  return { kind: confidence === "high" ? "authentic-text" : "secondary-source", source };
}

/** A paragraph shares its article's basis unless its own numbering or content is unchecked. */
export function paragraphBasis(article: Basis, verified: boolean): Basis {
  return verified ? article : { kind: "recalled" };
}
