/**
 * Reads a PDF's text runs with pdf.js in a worker thread of its own. It is plain JavaScript and
 * started without the parent's loader flags, because loading pdf.js through a TypeScript loader
 * (tsx) re-transforms its 3 MB of code and costs seconds; natively it takes a fraction of one.
 *
 * In: workerData = the file's bytes. Out: one message, { ok: true, pages } with each page's runs
 * ({ text, x, y, width, size }), or { ok: false, name, message } when pdf.js cannot read the file.
 */
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Font size of a text run: the length of its vertical axis in the text matrix. */
const sizeOf = (transform) => Math.hypot(transform[2] ?? 0, transform[3] ?? 0);

async function extract(bytes) {
  const pdf = await getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => "str" in item && item.str !== "")
        .map((item) => ({ text: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, size: sizeOf(item.transform) }));
      pages.push({ number, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

try {
  parentPort.postMessage({ ok: true, pages: await extract(new Uint8Array(workerData)) });
} catch (error) {
  parentPort.postMessage({ ok: false, name: error?.name ?? "Error", message: error?.message ?? String(error) });
}
