/** Writes the laid-out synthetic document as a PDF with pdfkit, in the standard Times fonts. */
import PDFDocument from "pdfkit";
import { footerOf, headerOf } from "./furniture";
import { FONT, MARKER_GAP, PAGE, SUPERSCRIPT, widthOf, type LaidLine, type LaidPage } from "./layout";

export interface PdfOptions {
  symbol: string;
  /** Encrypt with this password (a reader must type it to open the file). */
  userPassword?: string;
  /** Draw every line as grey bars instead of text, like a scan without a text layer. */
  scanned?: boolean;
}

type Doc = InstanceType<typeof PDFDocument>;

function put(doc: Doc, text: string, x: number, y: number, font: { name: string; size: number }, scanned: boolean): number {
  const width = widthOf(text, font);
  if (scanned) doc.rect(x, y - font.size * 0.7, width, font.size * 0.7).fill("#555555");
  else doc.font(font.name).fontSize(font.size).text(text, x, y, { lineBreak: false, baseline: "alphabetic" });
  return x + width;
}

function drawLine(doc: Doc, line: LaidLine, scanned: boolean): void {
  const font = FONT[line.style];
  const plain = line.words.map((w) => w.text).join(" ");
  let x = line.centred ? (PAGE.left + PAGE.right) / 2 - widthOf(plain, font) / 2 : line.x;
  if (line.marker) {
    put(doc, line.marker, x, line.y, font, scanned);
    x += MARKER_GAP;
  }
  // Text up to each footnote marker, the marker raised in small type, then the rest.
  let pending = "";
  for (const word of line.words) {
    pending += pending === "" ? word.text : ` ${word.text}`;
    if (word.footnote === undefined) continue;
    x = put(doc, pending, x, line.y, font, scanned);
    x = put(doc, String(word.footnote), x, line.y - SUPERSCRIPT.rise, { name: font.name, size: SUPERSCRIPT.size }, scanned);
    pending = " ";
  }
  if (pending.trim() !== "") put(doc, pending, x, line.y, font, scanned);
}

function drawPage(doc: Doc, page: LaidPage, total: number, options: PdfOptions): void {
  const scanned = options.scanned ?? false;
  const header = headerOf(page.number, options.symbol);
  const body = FONT.body;
  if (header) {
    if (header.left) put(doc, header.left, PAGE.left, PAGE.header, FONT.heading, scanned);
    if (header.right) put(doc, header.right, PAGE.right - widthOf(header.right, FONT.heading), PAGE.header, FONT.heading, scanned);
  }
  for (const line of page.lines) drawLine(doc, line, scanned);
  const note = FONT.footnote;
  let y = PAGE.bottom + 14 - page.footnotes.reduce((sum, f) => sum + f.lines.length * note.leading, 0);
  if (page.footnotes.length > 0)
    doc
      .moveTo(PAGE.left, y - 12)
      .lineTo(PAGE.left + 100, y - 12)
      .lineWidth(0.5)
      .stroke();
  for (const footnote of page.footnotes) {
    put(doc, String(footnote.number), PAGE.left, y - SUPERSCRIPT.rise, { name: note.name, size: SUPERSCRIPT.size }, scanned);
    for (const text of footnote.lines) {
      put(doc, text, PAGE.left + 10, y, note, scanned);
      y += note.leading;
    }
  }
  const footer = footerOf(page.number, total);
  const font = footer.small ? note : body;
  if (footer.left) put(doc, footer.left, PAGE.left, PAGE.footer, font, scanned);
  if (footer.right) put(doc, footer.right, PAGE.right - widthOf(footer.right, font), PAGE.footer, font, scanned);
}

/** The PDF's bytes. */
export async function writePdf(pages: readonly LaidPage[], options: PdfOptions): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: `${options.symbol} (synthetic)`, CreationDate: new Date(Date.UTC(2025, 0, 10)) },
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  for (const page of pages) {
    doc.addPage();
    drawPage(doc, page, pages.length, options);
  }
  doc.end();
  return done;
}
