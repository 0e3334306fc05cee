import { z } from "zod";

/**
 * What a digest rests on, shown the same way wherever an article or paragraph appears:
 * - `authentic-text`: content and numbering checked against an authentic text (named);
 * - `secondary-source`: the gist confirmed by a named secondary source, details unchecked;
 * - `recalled`: from recollection of the adopted text only;
 * - `official-numbering`: the paragraph's number was found in an official text imported at build time.
 */
export const basisKind = z.enum(["authentic-text", "secondary-source", "recalled", "official-numbering"]);
export type BasisKind = z.infer<typeof basisKind>;

export const basis = z.object({ kind: basisKind, source: z.string().optional() });
export type Basis = z.infer<typeof basis>;

/** The article's basis from its confidence and the text it names: high → authentic text, medium → secondary source, low → recalled. */
export function articleBasis(confidence: "high" | "medium" | "low", source: string | undefined): Basis {
  if (confidence === "low") return { kind: "recalled" };
  return { kind: confidence === "high" ? "authentic-text" : "secondary-source", source };
}

/** A paragraph shares its article's basis unless its own numbering or content is unchecked. */
export function paragraphBasis(article: Basis, verified: boolean): Basis {
  return verified ? article : { kind: "recalled" };
}

export const BASIS_LABEL: Record<BasisKind, string> = {
  "authentic-text": "Checked against an authentic text",
  "secondary-source": "Confirmed by a named source",
  recalled: "Recalled, unchecked",
  "official-numbering": "Numbering checked against the official text",
};

/** One-sentence explanation shown on hover and focus. */
export function explainBasis(value: Basis): string {
  switch (value.kind) {
    case "authentic-text":
      return `Content and numbering checked against ${value.source ?? "an authentic text"}.`;
    case "secondary-source":
      return `The gist is confirmed by ${value.source ?? "a named secondary source"}; details such as periods and paragraph numbers are not checked.`;
    case "recalled":
      return "Rests on recollection of the adopted text; nothing we could check confirms it. Cite the article and check the official text.";
    case "official-numbering":
      return `This paragraph number was found in ${value.source ?? "the imported official text"}; our digest of it was not checked against that text.`;
  }
}
