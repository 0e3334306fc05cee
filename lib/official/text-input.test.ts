import { describe, expect, it } from "vitest";
import { readTextPages, textToPages } from "./text-input";

const texts = (text: string) => readTextPages(text).pages.map((page) => page.lines.map((line) => line.text));

describe("reading the plain-text form", () => {
  it("splits pages at form feeds and blocks at blank lines", () => {
    const pages = textToPages("First line\nruns on\n\nNew block\n\fSecond page\n");
    expect(pages.map((p) => p.lines.map((l) => [l.text, l.blockStart]))).toEqual([
      [
        ["First line", false],
        ["runs on", false],
        ["New block", true],
      ],
      [["Second page", false]],
    ]);
  });

  it("takes a text without blank lines as one paragraph per line", () => {
    expect(textToPages("One\nTwo\nThree").flatMap((p) => p.lines.map((l) => l.blockStart))).toEqual([true, true, true]);
  });

  it("drops the running header, the page number and the job number", () => {
    const page = (n: number, body: string) => `A/RES/79/243 Running title\n\n${body}\n\n${n}/3\n`;
    const out = readTextPages([page(1, "alpha"), page(2, "beta"), page(3, "gamma\n\n24-24510 (E) *2424510*")].join("\f"));
    expect(out.pages.map((p) => p.lines.map((l) => l.text))).toEqual([["alpha"], ["beta"], ["gamma"]]);
    expect(out.symbol).toBe("A/RES/79/243");
    expect(out.pageCount).toBe(3);
  });

  it("drops a running title printed on a line of its own, because it repeats at the top of the pages", () => {
    const page = (n: number) => `A/RES/79/243\nInvented running title\n\nbody line ${n}\n\n${n}/4\n`;
    expect(texts([1, 2, 3, 4].map(page).join("\f"))).toEqual([["body line 1"], ["body line 2"], ["body line 3"], ["body line 4"]]);
  });

  it("drops footnotes at the page foot and their markers in the text, but not numbers that are no markers", () => {
    const text =
      "Header\n\nThe ledger,1 as kept under the 24/7 lantern2 rules and\narticle 5, is amber.\n\n1 A first note.\n2 A second note\nthat runs on.\n\n2/9";
    expect(texts(text)).toEqual([["Header", "The ledger, as kept under the 24/7 lantern rules and", "article 5, is amber."]]);
  });
});

describe("normalising lines", () => {
  it("matches headings written with no-break spaces, and spells out ligatures", () => {
    expect(textToPages("Article\u00A028\nO\uFB00ences and de\uFB01nitions").flatMap((p) => p.lines.map((l) => l.text))).toEqual([
      "Article 28",
      "Offences and definitions",
    ]);
  });
});
