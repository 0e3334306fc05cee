/** Why an import was refused; each has its own message so the deployer knows what to do. */
export type ImportErrorKind = "not-a-pdf" | "encrypted" | "damaged" | "no-text-layer" | "no-annex" | "not-the-convention" | "unsupported-language";

/** An import that cannot go ahead. Nothing has been written when this is thrown. */
export class ImportError extends Error {
  readonly kind: ImportErrorKind;
  constructor(kind: ImportErrorKind, message: string) {
    super(message);
    this.name = "ImportError";
    this.kind = kind;
  }
}
