/**
 * The synthetic corpora of `npm run bench` must be honest: a K× corpus compiles with no problems
 * and really holds about K× the paragraphs, terms and annotations of the content it came from.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContent, graphCounts } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";
import { corpusShape, generateSyntheticCorpus, replicateSearchRecords, type Corpus } from "../../scripts/bench/synthetic-corpus";
import { MINIMAL } from "./fixture-tree";

function readCorpus(root: string, sourcesDir: string): Corpus {
  const problems = new ProblemList();
  const files = readContentFiles(join(root, "content"), root, problems);
  expect(problems.items.map(formatProblem)).toEqual([]);
  return { files, sources: readSharedSources(sourcesDir) };
}

function compile(corpus: Corpus) {
  const result = compileContent({ files: corpus.files, sources: corpus.sources, root: "content" });
  expect(result.problems.map(formatProblem)).toEqual([]);
  // The about and preamble pages exist once, however many copies the corpus makes.
  const singleReferences = result.graph!.edges.filter((e) => e.kind === "references" && (e.from === "about" || e.from === "preamble")).length;
  return { counts: graphCounts(result.graph!), search: result.search!, singleReferences };
}

describe("synthetic corpus generator", () => {
  it("leaves the 1× corpus exactly as it was", () => {
    const base = readCorpus(MINIMAL, join(MINIMAL, "sources"));
    const one = generateSyntheticCorpus(base, 1);
    expect([...one.files]).toEqual([...base.files]);
  });

  it("makes a 10× minimal fixture that compiles with 10× the paragraphs, terms and annotations", () => {
    const base = readCorpus(MINIMAL, join(MINIMAL, "sources"));
    const one = compile(base).counts;
    const ten = compile(generateSyntheticCorpus(base, 10)).counts;
    expect(ten.articles).toBe(10 * one.articles!);
    expect(ten.paragraphs).toBe(10 * one.paragraphs!);
    expect(ten.terms).toBe(10 * one.terms!);
    expect(ten.annotations).toBe(10 * one.annotations!);
    expect(ten.stakeholders).toBe(10 * one.stakeholders!);
    expect(ten.events).toBe(10 * one.events!);
    // Every copy links its own terms and keeps its references resolvable.
    expect(ten["edges.uses"]).toBe(10 * one["edges.uses"]!);
    expect(ten["edges.references"]).toBe(10 * one["edges.references"]!);
  });

  it("stacks copies as paragraph bands once article numbers run out, and they still compile", () => {
    const base = readCorpus(MINIMAL, join(MINIMAL, "sources"));
    // An article 500 leaves one article slot (999 / 500), so every further copy becomes a band.
    const two = base.files.get("content/articles/2.md")!;
    base.files.set("content/articles/500.md", two.replace("number: 2", "number: 500").replace(/pin="2\(/gu, 'pin="500('));
    expect(corpusShape(base).slots).toBe(1);
    const one = compile(base).counts;
    const ten = compile(generateSyntheticCorpus(base, 10)).counts;
    expect(ten.articles).toBe(one.articles);
    expect(ten.annotations).toBe(10 * one.annotations!);
    // Lettered items (1(a), 1(b)) gain one wrapper paragraph per band: 9 extra blocks in all.
    expect(ten.paragraphs).toBe(10 * one.paragraphs! + 9);
  });

  it("replicates search records K times", () => {
    const base = readCorpus(MINIMAL, join(MINIMAL, "sources"));
    const { search } = compile(base);
    const copies = replicateSearchRecords(search, corpusShape(base), 10);
    expect(copies).toHaveLength(10 * search.length);
    expect(new Set(copies.map((record) => record.id)).size).toBe(copies.length);
  });

  const root = resolve(import.meta.dirname, "..", "..");
  const real = existsSync(join(root, "content", "treaty.yaml")) ? readCorpus(root, resolve(root, "..", "shared", "sources")) : undefined;

  it("makes a 10× copy of the real treaty that compiles with ~10× the paragraphs and annotations", () => {
    // The real content must compile: a broken tree fails here, loudly, rather than skipping.
    expect(real, "content/treaty.yaml is missing").toBeDefined();
    expect(compileContent({ files: real!.files, sources: real!.sources, root: "content" }).problems).toEqual([]);
    const first = compile(real!);
    const one = first.counts;
    const ten = compile(generateSyntheticCorpus(real!, 10)).counts;
    expect(ten.paragraphs).toBe(10 * one.paragraphs!);
    expect(ten.annotations).toBe(10 * one.annotations!);
    expect(ten.terms).toBe(10 * one.terms!);
    expect(ten["edges.uses"]! / one["edges.uses"]!).toBeGreaterThan(9.5);
    // References in the copies grow about tenfold; not exactly, because remapped article numbers
    // can split or join ranges such as "articles 7 to 17" into a different number of links.
    const copied = (ten["edges.references"]! - first.singleReferences) / (one["edges.references"]! - first.singleReferences);
    expect(copied).toBeGreaterThan(9.5);
    expect(copied).toBeLessThan(10.5);
  }, 120_000);
});
