import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ImportError } from "./errors";
import type { PdfPageText, PdfTextItem } from "./pdf-input";

/** A PDF ends with `%%EOF` (possibly followed by a line break); a file cut short does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  return tail.includes("%%EOF");
}

async function open(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (!hasEndMarker(bytes)) {
    throw new ImportError("damaged", "the PDF is truncated: it does not end with the %%EOF marker every complete PDF has. Download it again.");
  }
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    return await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") {
      throw new ImportError("encrypted", "the PDF is encrypted and needs a password to open. Save an unencrypted copy (or download the document again from the UN) and import that.");
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError("damaged", `the PDF cannot be read (${reason}); it is damaged or truncated. Download it again.`);
  }
}

/** Font size of a text item: the length of its vertical axis in the text matrix. */
function sizeOf(transform: readonly number[]): number {
  return Math.hypot(transform[2] ?? 0, transform[3] ?? 0);
}

/** Reads every page's text runs with their positions and sizes. Throws ImportError on an unreadable file. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  const pdf = await open(bytes);
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        items.push({ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, size: sizeOf(item.transform) });
      }
      pages.push({ number, items });
      page.cleanup();
    }
    return pages;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("damaged", `a page of the PDF cannot be read (${error instanceof Error ? error.message : String(error)}); it is damaged or truncated.`);
  } finally {
    await pdf.destroy();
  }
}
