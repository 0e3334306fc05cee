import { Worker } from "node:worker_threads";
import { z } from "zod";
import { ImportError } from "./errors";
import type { PdfPageText } from "./pdf-input";

/** A PDF ends with `%%EOF` (possibly followed by a line break); a file cut short does not. */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString("latin1");
  return tail.includes("%%EOF");
}

const item = z.object({ text: z.string(), x: z.number(), y: z.number(), width: z.number(), size: z.number() });
const reply = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), pages: z.array(z.object({ number: z.number().int(), items: z.array(item) })) }),
  z.object({ ok: z.literal(false), name: z.string(), message: z.string() }),
]);

/** Runs pdf-text.worker.mjs on the bytes and waits for its one reply. */
function extractInWorker(bytes: Uint8Array): Promise<z.infer<typeof reply>> {
  return new Promise((resolve, reject) => {
    // No execArgv: the worker loads pdf.js natively, not through the parent's TypeScript loader.
    const worker = new Worker(new URL("./pdf-text.worker.mjs", import.meta.url), { workerData: bytes, execArgv: [] });
    worker.once("message", (message: unknown) => {
      void worker.terminate();
      const parsed = reply.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error(`the PDF reader answered in an unexpected form: ${parsed.error.message}`));
    });
    worker.once("error", reject);
  });
}

/** Reads every page's text runs with their positions and sizes. Throws ImportError on an unreadable file. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPageText[]> {
  if (!hasEndMarker(bytes)) {
    throw new ImportError("damaged", "the PDF is truncated: it does not end with the %%EOF marker every complete PDF has. Download it again.");
  }
  const result = await extractInWorker(bytes);
  if (result.ok) return result.pages;
  if (result.name === "PasswordException") {
    throw new ImportError(
      "encrypted",
      "the PDF is encrypted and needs a password to open. Save an unencrypted copy (or download the document again from the UN) and import that.",
    );
  }
  throw new ImportError("damaged", `the PDF cannot be read (${result.message}); it is damaged or truncated. Download it again.`);
}
