import { ImportError } from "./errors";

/** What a file is, judged by its bytes rather than its name. */
export type Sniffed = { kind: "pdf" } | { kind: "text"; text: string };

const SIGNATURES: ReadonlyArray<[bytes: number[], name: string]> = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (a Word .docx file is one)"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Microsoft Office file (.doc)"],
  [[0x49, 0x49, 0x2a, 0x00], "a TIFF image"],
  [[0x4d, 0x4d, 0x00, 0x2a], "a TIFF image"],
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** A PDF's header `%PDF-` may stand anywhere in its first kilobyte. */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

/** Tells a PDF from plain text; anything else is refused with what it seems to be. */
export function sniff(bytes: Uint8Array): Sniffed {
  if (isPdf(bytes)) return { kind: "pdf" };
  const known = SIGNATURES.find(([signature]) => startsWith(bytes, signature));
  if (known) throw new ImportError("not-a-pdf", `the file is not a PDF: it looks like ${known[1]}. Import the PDF of A/RES/79/243 or its plain text.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
  } catch {
    throw new ImportError("not-a-pdf", "the file is neither a PDF nor UTF-8 plain text. Import the PDF of A/RES/79/243 or its plain text.");
  }
  if (/[\u0000-\u0008\u000E-\u001A]/u.test(text))
    throw new ImportError("not-a-pdf", "the file is not a PDF, and it holds binary data, so it is not plain text either.");
  if (/^\s*<(?:!doctype html|html)\b/iu.test(text)) {
    throw new ImportError("not-a-pdf", "the file is an HTML page, not a PDF. Save the page as plain text, or download the PDF, and import that.");
  }
  return { kind: "text", text };
}
