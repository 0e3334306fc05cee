import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportError } from "../../lib/official/errors";
import { importOfficial } from "../../lib/official/import";
import type { OfficialText } from "../../lib/official/schema";
import { runImport } from "../../scripts/import-official";
import {
  buildModel,
  contentPins,
  expectedConvention,
  otherTreaty,
  readStructure,
  syntheticDocument,
  tagOf,
  withoutAnnex,
  type SyntheticDocument,
} from "../official/synthetic";
import { REPO, SHARED } from "./real-content";

/** Copies content/ without a deployer's own content/official/, which this worktree may hold. */
const withoutOfficial = (path: string) => !path.startsWith(resolve(REPO, "content", "official"));

const rows = readStructure(resolve(SHARED, "treaty/structure.tsv"));
const expected = rows.map((row) => ({ number: row.number, title: row.title }));
const options = { language: "en" as const, expected, today: "2026-12-03" };
const encode = (text: string) => new TextEncoder().encode(text);

let doc: SyntheticDocument;
let pdf: Uint8Array;
let fromPdf: OfficialText;
let fromText: OfficialText;

beforeAll(async () => {
  doc = syntheticDocument(buildModel(rows, contentPins(resolve(REPO, "content"))));
  pdf = await doc.pdf();
  fromPdf = await importOfficial(pdf, { ...options, fileName: "A-RES-79-243.pdf" });
  fromText = await importOfficial(encode(doc.text), { ...options, fileName: "A-RES-79-243.txt" });
}, 120_000);

/** Which block each page's first line belongs to, when it carries on from the page before. */
function provisionsRunningOverPages(): string[] {
  const out: string[] = [];
  for (const [index, page] of doc.pages.entries()) {
    if (index === 0 || page.lines[0]?.blockStart !== false) continue;
    const before = doc.pages[index - 1]!.lines.filter((line) => line.blockStart).at(-1);
    const tag = before?.words.find((word) => word.text.startsWith("tag-"))?.text;
    if (tag && !tag.startsWith("tag-preamble")) out.push(tag);
  }
  return out;
}

describe("the synthetic UN document (test data)", () => {
  it("has all 68 articles, every pinpoint our digests use, and the layout features the importer must handle", () => {
    const model = doc.model;
    expect(model.articles.map((a) => [a.number, a.chapter, a.title])).toEqual(rows.map((r) => [r.number, r.chapter, r.title]));
    const pins = new Set(model.articles.flatMap((a) => a.provisions.map((p) => p.pin)));
    for (const pin of contentPins(resolve(REPO, "content"))) expect(pins.has(pin), pin).toBe(true);
    expect(model.articles.find((a) => a.number === 10)!.provisions.map((p) => p.pin)).toEqual(["10"]);
    expect(model.articles.find((a) => a.number === 2)!.provisions.some((p) => /\(\d+\)/u.test(p.pin))).toBe(false);
    expect(provisionsRunningOverPages().length).toBeGreaterThan(0);
    const twoLineTitles = doc.pages
      .flatMap((page) => page.lines)
      .filter(
        (line, i, all) => line.style === "heading" && !line.blockStart && all[i - 1]?.style === "heading" && !/^(Article|Chapter) /u.test(line.words[0]!.text),
      );
    expect(twoLineTitles.length).toBeGreaterThan(0);
    expect(doc.pages.filter((page) => page.footnotes.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(doc.text).toMatch(/^1\. opmark-op-1/mu);
  });
});

describe("importing A/RES/79/243", () => {
  it("finds the Convention's title, preamble, chapters and every article with its provisions in the PDF", () => {
    const { title, preamble, chapters, articles } = fromPdf;
    expect({ title, preamble, chapters, articles }).toEqual(expectedConvention(doc.model));
  });

  it("gives the same structure from the plain text as from the PDF", () => {
    expect({ ...fromText, source: undefined }).toEqual({ ...fromPdf, source: undefined });
  });

  it("keeps each provision's words to itself: no resolution text, page furniture, footnote or marker in any provision", () => {
    const texts = [fromPdf, fromText].flatMap((text) => [
      ...text.preamble,
      text.title,
      ...text.articles.flatMap((a) => [a.title, ...a.provisions.map((p) => p.text)]),
    ]);
    const pageNumber = new RegExp(`\\b\\d{1,2}/${doc.pages.length}\\b`, "u");
    for (const text of texts) {
      expect(text).not.toMatch(/opmark|A\/RES|24-24510|2424510|Invented footnote|Synthetic convention on lanterns and ledgers|General Assembly/u);
      expect(text).not.toMatch(pageNumber);
      // A footnote marker left behind would be a digit run into a word.
      expect(text).not.toMatch(/[a-z][0-9]/u);
    }
    for (const article of fromPdf.articles) {
      for (const provision of article.provisions) expect(provision.text.match(/tag-[\w-]+/gu), provision.pin).toEqual([tagOf(provision.pin)]);
    }
  });

  it("records the source file's name, SHA-256, format, page count and the date of import", () => {
    expect(fromPdf.source).toEqual({
      fileName: "A-RES-79-243.pdf",
      sha256: createHash("sha256").update(pdf).digest("hex"),
      format: "pdf",
      pages: doc.pages.length,
      importedAt: "2026-12-03",
    });
    expect(fromText.source).toMatchObject({ format: "text", pages: doc.pages.length });
    expect(fromPdf.symbol).toBe("A/RES/79/243");
    expect(fromPdf.language).toBe("en");
  });

  it("reads the text form copied from a web page, one paragraph per line", async () => {
    const lines = [
      "Annex",
      "Invented Title",
      "Preamble",
      "The Parties,",
      "Recalling the amber ledger,",
      "Chapter I",
      "General provisions",
      ...expected.map((a) => `Article ${a.number}\n${a.title}\n1. tag-${a.number}-1 The parties shall tend the lantern:\n(a) the quill;\n(b) the ledger.`),
    ];
    const text = await importOfficial(encode(lines.join("\n")), { ...options, fileName: "copied.txt" });
    expect(text.preamble).toEqual(["The Parties,", "Recalling the amber ledger,"]);
    expect(text.articles[27]!.provisions.map((p) => p.pin)).toEqual(["28(1)", "28(1)(a)", "28(1)(b)"]);
  });
});

describe("refusing bad input", () => {
  const cases: Array<[name: string, bytes: () => Promise<Uint8Array>, kind: ImportError["kind"], message: RegExp]> = [
    ["a scanned PDF without a text layer", () => doc.pdf({ scanned: true }), "no-text-layer", /no text layer .*OCR is needed/u],
    [
      "a file that is not a PDF (a PNG image)",
      async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      "not-a-pdf",
      /not a PDF: it looks like a PNG image/u,
    ],
    [
      "binary data that is neither PDF nor text",
      async () => new Uint8Array([0x00, 0xff, 0xfe, 0x10, 0x80, 0x81]),
      "not-a-pdf",
      /neither a PDF nor UTF-8 plain text/u,
    ],
    ["an encrypted PDF", () => doc.pdf({ userPassword: "secret" }), "encrypted", /encrypted and needs a password/u],
    ["a truncated PDF", async () => pdf.slice(0, Math.floor(pdf.length / 2)), "damaged", /truncated/u],
    [
      "a different treaty",
      () => syntheticDocument(otherTreaty(doc.model)).pdf(),
      "not-the-convention",
      /found 48 articles where the Convention has 68; titles do not match \(article 1 is "Invented matter number 1", expected "Statement of purpose"\)/u,
    ],
    ["the resolution without its annex", () => syntheticDocument(withoutAnnex(doc.model)).pdf(), "no-annex", /the resolution without its annex/u],
  ];

  it.each(cases)(
    "refuses %s with a clear message",
    async (_name, bytes, kind, message) => {
      const error = await importOfficial(await bytes(), { ...options, fileName: "bad.pdf" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).kind).toBe(kind);
      expect((error as ImportError).message).toMatch(message);
    },
    60_000,
  );

  describe("npm run import:official", () => {
    let root: string;
    const snapshot = () => {
      const out: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const full = join(dir, name);
          if (statSync(full).isDirectory()) walk(full);
          else out.push(`${full.slice(root.length)} ${createHash("sha256").update(readFileSync(full)).digest("hex")}`);
        }
      };
      walk(join(root, "content"));
      walk(join(root, ".generated"));
      return out;
    };

    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), "treaty-official-"));
      cpSync(resolve(REPO, "content"), join(root, "content"), { recursive: true, filter: withoutOfficial });
      mkdirSync(join(root, ".generated"));
      writeFileSync(join(root, ".generated", "graph.json"), "{}");
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it.each(cases)(
      "leaves content/ and .generated/ byte-identical after refusing %s",
      async (_name, bytes, _kind, message) => {
        const file = join(root, "input.bin");
        writeFileSync(file, await bytes());
        const before = snapshot();
        const result = await runImport({ root, file });
        expect(result.ok).toBe(false);
        expect(result.report.join("\n")).toMatch(message);
        expect(result.report.join("\n")).toMatch(/Nothing was written\.$/u);
        expect(snapshot()).toEqual(before);
        expect(existsSync(join(root, "content", "official"))).toBe(false);
      },
      60_000,
    );

    it("writes content/official/en.json, which parses back to what was imported, and nothing else", async () => {
      const file = join(root, "A-RES-79-243.pdf");
      writeFileSync(file, pdf);
      const before = snapshot();
      const result = await runImport({ root, file, today: "2026-12-03" });
      expect(result.ok, result.report.join("\n")).toBe(true);
      expect(JSON.parse(readFileSync(join(root, "content", "official", "en.json"), "utf8"))).toEqual(fromPdf);
      expect(snapshot().filter((line) => !line.startsWith("/content/official/"))).toEqual(before);
      rmSync(join(root, "content", "official"), { recursive: true });
    }, 60_000);
  });
});
