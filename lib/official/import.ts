import { createHash } from "node:crypto";
import { assertSameConvention, type ExpectedArticle } from "./compare";
import { ImportError } from "./errors";
import type { SourcePage } from "./lines";
import { readPdfPages } from "./pdf-input";
import { readPdfText } from "./read-pdf";
import { officialText, type OfficialLanguage, type OfficialText } from "./schema";
import { sniff } from "./sniff";
import { parseConvention } from "./structure";
import { readTextPages } from "./text-input";
import { VOCABULARIES } from "./vocabulary";

/** What the import needs besides the file's bytes. */
export interface ImportOptions {
  /** The file's name (not its path), recorded in the result. */
  fileName: string;
  language: OfficialLanguage;
  /** The articles content/ describes; a document that does not match them is refused. */
  expected: readonly ExpectedArticle[];
  /** Date of the import, YYYY-MM-DD. */
  today: string;
  /** Symbol recorded when the page furniture names none. */
  defaultSymbol?: string;
}

/** Fewer characters than this per page, on average, means the pages are pictures of text. */
const MIN_CHARACTERS_PER_PAGE = 20;

interface Pages {
  format: "pdf" | "text";
  pages: SourcePage[];
  pageCount: number;
  symbol?: string;
}

async function readPages(bytes: Uint8Array): Promise<Pages> {
  const kind = sniff(bytes);
  if (kind.kind === "text") return { format: "text", ...readTextPages(kind.text) };
  const pdfPages = await readPdfText(bytes);
  const characters = pdfPages.reduce((sum, page) => sum + page.items.reduce((n, item) => n + item.text.trim().length, 0), 0);
  if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, pdfPages.length)) {
    throw new ImportError(
      "no-text-layer",
      `the PDF has no text layer (${characters} characters on ${pdfPages.length} page${pdfPages.length === 1 ? "" : "s"}): it looks like a scan. OCR is needed first (for example \`ocrmypdf in.pdf out.pdf\`), or download the UN's own PDF, which has a text layer.`,
    );
  }
  return { format: "pdf", pageCount: pdfPages.length, ...readPdfPages(pdfPages) };
}

/**
 * Imports the UN document (PDF, or its plain text with pages separated by form feeds) into the
 * validated official-text structure. Throws ImportError with a message for the deployer when the
 * file cannot be used; it never writes anything itself.
 */
export async function importOfficial(bytes: Uint8Array, options: ImportOptions): Promise<OfficialText> {
  const words = VOCABULARIES[options.language];
  if (!words)
    throw new ImportError(
      "unsupported-language",
      `the importer knows the headings of English only so far, not "${options.language}"; add them to lib/official/vocabulary.ts.`,
    );
  const read = await readPages(bytes);
  const parsed = parseConvention(read.pages, words);
  assertSameConvention(parsed, options.expected);
  return officialText.parse({
    format: 1,
    language: options.language,
    symbol: read.symbol ?? options.defaultSymbol ?? "unknown",
    source: {
      fileName: options.fileName,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      format: read.format,
      pages: Math.max(1, read.pageCount),
      importedAt: options.today,
    },
    ...parsed,
  });
}
