import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/compile/problems";
import type { ClauseGraph } from "../../lib/schema/graph";
import { compileRealContent, SHARED } from "./real-content";

let graph: ClauseGraph;

beforeAll(() => {
  const result = compileRealContent();
  expect(result.problems.map(formatProblem)).toEqual([]);
  graph = result.graph!;
});

describe("the treaty content", () => {
  it("has all 68 articles with the exact titles and chapters of structure.tsv", () => {
    const rows = readFileSync(resolve(SHARED, "treaty/structure.tsv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"));
    expect(rows).toHaveLength(68);
    expect(graph.articles.map((a) => [String(a.number), a.chapter, a.title])).toEqual(rows.map(([n, chapter, , title]) => [n, chapter, title]));
    expect(graph.chapters.map((c) => c.numeral)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);
  });

  it("gives every article a one-sentence summary and a digest, with no placeholder text", () => {
    for (const article of graph.articles) {
      expect(article.summary.length, `article ${article.number}`).toBeGreaterThan(30);
      expect(article.digest.text.length, `article ${article.number}`).toBeGreaterThan(200);
      expect(`${article.summary} ${article.digest.text}`).not.toMatch(/\b(TODO|TBD|lorem ipsum|coming soon|placeholder)\b/i);
    }
    expect(graph.preamble.text.length).toBeGreaterThan(100);
  });

  it("anchors every paragraph of the High articles the issue names", () => {
    const pins = new Set(graph.articles.flatMap((a) => a.paragraphs.filter((p) => p.verified).map((p) => p.pin)));
    const letters = "abcdefghijklmno".split("");
    for (const pin of [...letters.map((l) => `2(${l})`), "11(1)(a)(ii)", "11(2)", "14(4)(a)", "15(3)", "65(1)", "1(a)", "13(c)"]) {
      expect(pins, pin).toContain(pin);
    }
    const anchors = Object.fromEntries(graph.articles.flatMap((a) => a.paragraphs.map((p) => [p.pin, p.anchor])));
    expect([anchors["2(h)"], anchors["11(1)(a)(ii)"], anchors["14(4)(a)"], anchors["15(3)"], anchors["65(1)"]]).toEqual(["h", "p1-a-ii", "p4-a", "p3", "p1"]);
  });

  it("marks every paragraph outside the checked articles as unverified", () => {
    for (const article of graph.articles.filter((a) => a.confidence !== "high")) {
      for (const paragraph of article.paragraphs) expect(paragraph.verified, paragraph.pin).toBe(false);
    }
    // The facts sheet checks 65(1) only; 65(2) and 64's numbering are recalled.
    const article65 = graph.articles.find((a) => a.number === 65)!;
    expect(article65.paragraphs.find((p) => p.pin === "65(2)")?.verified).toBe(false);
  });

  it("defines all fifteen article-2 terms at their letter, each used somewhere", () => {
    const letters = "abcdefghijklmno".split("");
    const defined = graph.terms.filter((t) => t.definedAt?.startsWith("2(")).map((t) => t.definedAt);
    expect(new Set(defined)).toEqual(new Set(letters.map((l) => `2(${l})`)));
    const used = new Set(graph.edges.filter((e) => e.kind === "uses").map((e) => e.to));
    for (const term of graph.terms.filter((t) => t.definedAt?.startsWith("2("))) expect(used, term.slug).toContain(`term:${term.slug}`);
  });

  it("states the treaty facts the issue lists", () => {
    expect(graph.treaty.adopted).toBe("2024-12-24");
    expect(graph.treaty.resolution).toBe("79/243");
    expect(graph.treaty.status).toMatchObject({ signatories: 72, checked: "2025-10-26" });
    expect(graph.treaty.signature).toMatchObject({ opened: "2025-10-25", closes: "2026-12-31" });
    expect(graph.treaty.officialText.map((l) => l.url)).toEqual([
      "https://undocs.org/A/RES/79/243",
      "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml",
    ]);
  });

  it("copies no run of ten words from any source text into a digest", () => {
    const { sources } = compileRealContent();
    const fold = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const corpus = [...sources.values()].map(fold).join(" | ");
    const digests = [
      ...graph.articles.flatMap((a) => [a.summary, a.digest.text, ...a.paragraphs.map((p) => p.text)]),
      ...graph.terms.map((t) => t.text),
      ...graph.topics.map((t) => t.text),
      graph.preamble.text,
      graph.about.text,
    ];
    for (const text of digests) {
      const words = fold(text).split(" ");
      for (let i = 0; i + 10 <= words.length; i++) expect(corpus.includes(words.slice(i, i + 10).join(" ")), words.slice(i, i + 10).join(" ")).toBe(false);
    }
  });

  it("shows timeline dates no more precisely than timeline.md gives them", () => {
    const approximate = graph.timeline.filter((e) => e.approximate);
    expect(approximate.length).toBeGreaterThan(0);
    for (const event of approximate) expect(event.precision, event.id).not.toBe("day");
  });

  it("shows readers no file ids: no reader-facing text names a source or stakeholder by its id", () => {
    // Keys whose values are ids, addresses or markup; every other string is shown to readers.
    const notProse =
      /^(id|source|sources|writer|speakers|voice|voiceGroup|actor|actorGroup|group|members|parent|stakeholder|slug|url|href|html|provisions|topics|terms|line|kind|stance|basis|basisSource|status|date|published)$/;
    // Term and topic slugs are left out: "proceeds-of-crime provisions" is English as well as a slug.
    const ids = [...graph.sources, ...graph.stakeholders].map((node) => node.id).filter((id) => id.split("-").length >= 3);
    const found: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (typeof value === "string") {
        for (const id of ids) if (new RegExp(`(^|[^\\w/-])${id}($|[^\\w/-])`).test(value)) found.push(`${where}: ${id}`);
      } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${where}[${index}]`));
      else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) if (!notProse.test(key)) visit(item, `${where}.${key}`);
    };
    for (const part of ["sources", "annotations", "stakeholders", "timeline", "articles", "terms", "topics"] as const) visit(graph[part], part);
    expect(found).toEqual([]);
  });
});
