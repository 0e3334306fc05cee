/**
 * The names and explanations of what a digest rests on, without zod, so that client code (search
 * results) can show them without shipping the schema library. lib/graph/basis.ts has the schema.
 */
export const BASIS_KINDS = ["authentic-text", "secondary-source", "recalled", "official-numbering"] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

export interface Basis {
  kind: BasisKind;
  source?: string;
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
