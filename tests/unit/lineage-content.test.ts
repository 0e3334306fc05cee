/**
 * The real lineage content (content/lineage/) against the research it was written from
 * (../shared/treaty/budapest-structure.tsv, lineage-notes.md, facts.md): complete, resolvable,
 * faithful to the research's numbers and confidences, and in our own words.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/compile/problems";
import type { LineageTreatyNode } from "../../lib/schema/lineage";
import { compileRealContent, SHARED } from "./real-content";

const compiled = compileRealContent();
const graph = compiled.graph!;
const treaty = (id: string): LineageTreatyNode => graph.lineage.treaties.find((t) => t.id === id)!;

/** The 68 rows of lineage-notes.md's per-chapter tables. */
function researchRows() {
  const text = readFileSync(resolve(SHARED, "treaty/lineage-notes.md"), "utf8");
  return text
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .filter((cells) => cells.length === 9 && /^\d+$/u.test(cells[1]!))
    .map(([, un, , budapest, budapestConfidence, models, modelConfidence]) => ({
      un: Number(un),
      budapest: [...budapest!.matchAll(/(?:^|; )(\d+) ([^;]+)/gu)].map((m) => ({ article: Number(m[1]), title: m[2]!.trim() })),
      budapestConfidence: budapestConfidence!,
      models: [...models!.matchAll(/\b(UNTOC|UNCAC) (\d+) ([^;()]+)/gu)].map((m) => ({
        treaty: m[1]!.toLowerCase(),
        article: Number(m[2]),
        title: m[3]!.trim(),
      })),
      modelConfidence: modelConfidence!,
    }));
}

describe("lineage content", () => {
  it("compiles with no problems", () => {
    expect(compiled.problems.map(formatProblem)).toEqual([]);
  });

  it("maps every UN article 1–68 once: to counterparts, or explicitly to none", () => {
    expect(graph.lineage.mappings.map((m) => m.article)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
    for (const mapping of graph.lineage.mappings) expect(mapping.none, `article ${mapping.article}`).toBe(mapping.counterparts.length === 0);
  });

  it("resolves every counterpart to an article its treaty lists, with that article's title", () => {
    let checked = 0;
    for (const mapping of graph.lineage.mappings) {
      for (const counterpart of mapping.counterparts) {
        const target = treaty(counterpart.treaty).articles.find((a) => a.number === counterpart.article);
        expect(target, `UN ${mapping.article} → ${counterpart.treaty} ${counterpart.article}`).toBeDefined();
        expect(counterpart.title).toBe(target!.title);
        if (counterpart.paragraph !== undefined) expect(counterpart.paragraph).toBeLessThanOrEqual(target!.paragraphs!);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("lists the Budapest Convention exactly as budapest-structure.tsv gives it", () => {
    const rows = readFileSync(resolve(SHARED, "treaty/budapest-structure.tsv"), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .slice(1)
      .map((line) => line.split("\t"));
    const budapest = treaty("budapest");
    expect(rows).toHaveLength(48);
    expect(
      budapest.articles.map((article) => {
        const chapter = budapest.chapters.find((c) => c.numeral === article.chapter)!;
        return [
          String(article.number),
          `Chapter ${chapter.numeral} – ${chapter.title}`,
          [article.section, article.subsection].filter(Boolean).join(" / "),
          article.title,
          String(article.paragraphs),
        ];
      }),
    ).toEqual(rows);
  });

  it("agrees with lineage-notes.md on every counterpart and confidence, and on UNTOC/UNCAC titles", () => {
    const rows = researchRows();
    expect(rows.map((r) => r.un)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
    for (const row of rows) {
      const mapping = graph.lineage.mappings.find((m) => m.article === row.un)!;
      const ours = (treaties: string[]) => mapping.counterparts.filter((c) => treaties.includes(c.treaty));
      expect(
        ours(["budapest"]).map((c) => [c.article, c.title]),
        `UN ${row.un}, Budapest`,
      ).toEqual(row.budapest.map((b) => [b.article, b.title]));
      for (const c of ours(["budapest"])) expect(c.confidence, `UN ${row.un} → Budapest ${c.article}`).toBe(row.budapestConfidence);
      const sortKey = (c: { treaty: string; article: number }) => `${c.treaty} ${String(c.article).padStart(3, "0")}`;
      expect(
        ours(["untoc", "uncac"])
          .map((c) => [sortKey(c), c.title])
          .sort(),
        `UN ${row.un}, UNTOC/UNCAC`,
      ).toEqual(row.models.map((m) => [sortKey(m), m.title]).sort());
      for (const c of ours(["untoc", "uncac"])) expect(c.confidence, `UN ${row.un} → ${c.treaty} ${c.article}`).toBe(row.modelConfidence);
    }
  });

  it("says none exactly where the research found no counterpart in any of the three", () => {
    const none = researchRows()
      .filter((r) => r.budapest.length === 0 && r.models.length === 0)
      .map((r) => r.un);
    expect(none).toEqual([4, 15, 16, 36, 62]);
    expect(graph.lineage.mappings.filter((m) => m.none).map((m) => m.article)).toEqual(none);
  });

  it("marks a note unverified exactly where the article's digest is medium or low confidence", () => {
    for (const mapping of graph.lineage.mappings) {
      const article = graph.articles.find((a) => a.number === mapping.article)!;
      expect(mapping.unverified, `article ${article.number} (${article.confidence})`).toBe(article.confidence !== "high");
    }
  });
});

describe("lineage notes are our own words", () => {
  const RUN = 8;
  const words = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const runs = (text: string) => {
    const w = words(text);
    return Array.from({ length: Math.max(0, w.length - RUN + 1) }, (_, i) => w.slice(i, i + RUN).join(" "));
  };
  const research = new Set(["treaty/lineage-notes.md", "treaty/facts.md"].flatMap((file) => runs(readFileSync(resolve(SHARED, file), "utf8"))));
  const notes = [
    ...graph.lineage.mappings.map((m) => ({ where: `UN ${m.article}`, text: m.note })),
    ...graph.lineage.treaties.flatMap((t) => t.articles.flatMap((a) => (a.note ? [{ where: `${t.id} ${a.number}`, text: a.note }] : []))),
  ];

  it("checks every note (self-check: a copied sentence would be caught)", () => {
    expect(notes.length).toBeGreaterThan(70);
    expect(research.size).toBeGreaterThan(10_000);
    const copied = "Budapest has no purpose article (its aims sit in the preamble); the UN lists three purposes";
    expect(runs(copied).some((run) => research.has(run))).toBe(true);
  });

  it(`shares no run of ${RUN} consecutive words with lineage-notes.md or facts.md`, () => {
    const shared = notes.flatMap((note) =>
      runs(note.text)
        .filter((run) => research.has(run))
        .map((run) => `${note.where}: "${run}"`),
    );
    expect(shared).toEqual([]);
  });
});
