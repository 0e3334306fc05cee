import { describe, expect, it } from "vitest";
import { readPdfPages, type PdfTextItem } from "./pdf-input";

const item = (text: string, x: number, y: number, size = 10): PdfTextItem => ({ text, x, y, size, width: text.length * size * 0.45 });

describe("reading positioned PDF text", () => {
  it("drops superscript markers and footnotes by their small type, and joins runs on a baseline", () => {
    const page = {
      number: 1,
      items: [
        item("1.", 108, 700),
        item("The ledger,", 132, 700),
        item("1", 132 + 11 * 4.5, 703.5, 6),
        item("as kept.", 132 + 11 * 4.5 + 6, 700),
        item("A second line of body text in body type.", 72, 688),
        item("A note in small type.", 82, 80, 8),
      ],
    };
    expect(readPdfPages([page]).pages[0]!.lines.map((l) => l.text)).toEqual(["1. The ledger, as kept.", "A second line of body text in body type."]);
  });

  it("starts a block at a gap, at centred text and at an indented first line, not at a line that runs on", () => {
    const left = 72;
    const full = "x".repeat(100);
    const page = {
      number: 1,
      items: [
        item("Article 1", 280, 760),
        item("Title", 290, 748),
        item("Body first line", left + 36, 730),
        item(full, left, 718),
        item("Next paragraph", left + 36, 706),
        item(full, left, 694),
        item(full, left, 682),
        item("after a gap", left, 660),
      ],
    };
    expect(readPdfPages([page]).pages[0]!.lines.map((l) => [l.text.slice(0, 15), l.blockStart])).toEqual([
      ["Article 1", true],
      ["Title", false],
      ["Body first line", true],
      [full.slice(0, 15), false],
      ["Next paragraph", true],
      [full.slice(0, 15), false],
      [full.slice(0, 15), false],
      ["after a gap", true],
    ]);
  });
});
