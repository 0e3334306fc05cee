import { describe, expect, it } from "vitest";
import { formatProblem, ProblemList } from "../compile/problems";
import { compileLineage } from "./compile";
import type { UnArticle } from "./link";

const BUDAPEST = [
  "id: budapest", // 1
  "name: Convention on Cybercrime", // 2
  "shortName: Budapest Convention", // 3
  "year: 2001", // 4
  "depositary: Secretary General of the Council of Europe", // 5
  "articleCount: 48", // 6
  "complete: false", // 7
  "officialText:", // 8
  "  - { label: Treaty Office, url: https://example.org/185 }", // 9
  "chapters:", // 10
  "  - { numeral: I, title: Use of terms }", // 11
  "  - { numeral: II, title: Measures to be taken at the national level }", // 12
  "articles:", // 13
  "  - { number: 1, title: Definitions, chapter: I, paragraphs: 0 }", // 14
  "  - { number: 19, title: Search and seizure of stored computer data, chapter: II, paragraphs: 5 }", // 15
].join("\n");

const untoc = (id = "untoc") =>
  [
    `id: ${id}`, // 1
    "name: United Nations Convention against Transnational Organized Crime", // 2
    "shortName: UNTOC", // 3
    "year: 2000", // 4
    "depositary: Secretary-General of the United Nations", // 5
    "articleCount: 41", // 6
    "complete: false", // 7
    "officialText: [{ label: UNODC, url: https://example.org/untoc }]", // 8
    "articles:", // 9
    "  - { number: 18, title: Mutual legal assistance }", // 10
  ].join("\n");

const UNCAC = untoc("uncac").replace("UNTOC", "UNCAC");

const MAPPINGS = [
  "- article: 1", // 1
  "  counterparts:", // 2
  "    - { treaty: budapest, article: 19, paragraph: 4, confidence: high, relation: same }", // 3
  "    - { treaty: untoc, article: 18, confidence: high, relation: adapted }", // 4
  "  note: Our words.", // 5
  "- article: 2", // 6
  "  none: true", // 7
  "  unverified: true", // 8
  "  note: Nothing earlier.", // 9
].join("\n");

const UN: UnArticle[] = [
  { number: 1, confidence: "high" },
  { number: 2, confidence: "medium" },
];

function run(overrides: Record<string, string | undefined> = {}, un: UnArticle[] = UN) {
  const files = new Map<string, string>();
  const all: Record<string, string | undefined> = { budapest: BUDAPEST, untoc: untoc(), uncac: UNCAC, mappings: MAPPINGS, ...overrides };
  for (const [name, text] of Object.entries(all)) if (text !== undefined) files.set(`content/lineage/${name}.yaml`, text);
  files.set("content/treaty.yaml", "title: x");
  const problems = new ProblemList();
  const lineage = compileLineage(files, "content", un, problems);
  // Without the hint, so the lines stay short.
  return { lineage, lines: problems.items.map((p) => formatProblem(p).replace(/ \([^()]*(?:\([^()]*\)[^()]*)*\)$/u, "")) };
}

describe("compileLineage", () => {
  it("links valid files: titles resolved, mappings in UN order, no problems", () => {
    const { lineage, lines } = run();
    expect(lines).toEqual([]);
    expect(lineage.treaties.map((t) => t.id)).toEqual(["budapest", "untoc", "uncac"]);
    expect(lineage.mappings).toEqual([
      {
        article: 1,
        none: false,
        unverified: false,
        note: "Our words.",
        counterparts: [
          { treaty: "budapest", article: 19, paragraph: 4, confidence: "high", relation: "same", title: "Search and seizure of stored computer data" },
          { treaty: "untoc", article: 18, confidence: "high", relation: "adapted", title: "Mutual legal assistance" },
        ],
      },
      { article: 2, none: true, unverified: true, note: "Nothing earlier.", counterparts: [] },
    ]);
  });

  it("is empty, with no problems, when there is no lineage folder", () => {
    const files = new Map([["content/treaty.yaml", "title: x"]]);
    const problems = new ProblemList();
    expect(compileLineage(files, "content", UN, problems)).toEqual({ treaties: [], mappings: [] });
    expect(problems.items).toEqual([]);
  });

  it("reports a counterpart article its treaty does not list, at that article", () => {
    const { lines } = run({ mappings: MAPPINGS.replace("article: 18,", "article: 99,") });
    expect(lines).toEqual(["content/lineage/mappings.yaml:4:33 unknown-counterpart: untoc has no article 99 in lineage/untoc.yaml"]);
  });

  it("reports a paragraph past the article's count, and one on an article whose paragraphs are not recorded", () => {
    expect(run({ mappings: MAPPINGS.replace("paragraph: 4", "paragraph: 6") }).lines).toEqual([
      "content/lineage/mappings.yaml:3:51 unknown-counterpart: budapest article 19 has 5 numbered paragraphs, so no paragraph 6",
    ]);
    expect(run({ mappings: MAPPINGS.replace("article: 18,", "article: 18, paragraph: 2,") }).lines).toEqual([
      "content/lineage/mappings.yaml:4:48 unknown-counterpart: we do not record the paragraphs of untoc article 18; cite the article",
    ]);
  });

  it("reports a UN article without a mapping, and one that does not exist", () => {
    expect(run({}, [...UN, { number: 3, confidence: "high" }]).lines).toEqual([
      "content/lineage/mappings.yaml:1:1 missing-mapping: article 3 has no entry: give its counterparts or none: true",
    ]);
    expect(run({}, [UN[0]!]).lines).toEqual(["content/lineage/mappings.yaml:6:12 unknown-provision: there is no UN article 2 in content/articles"]);
  });

  it("reports a second mapping of the same article", () => {
    const { lines } = run({ mappings: `${MAPPINGS}\n- article: 1\n  none: true\n  note: Again.` });
    expect(lines).toEqual(["content/lineage/mappings.yaml:10:12 duplicate-mapping: article 1 is mapped twice"]);
  });

  it("requires unverified exactly when the UN article is medium or low confidence", () => {
    expect(run({ mappings: MAPPINGS.replace("  unverified: true\n", "") }).lines).toEqual([
      "content/lineage/mappings.yaml:6:3 unverified-mismatch: article 2's digest is medium confidence, so its mapping needs unverified: true",
    ]);
    expect(run({ mappings: MAPPINGS.replace("  note: Our words.", "  unverified: true\n  note: Our words.") }).lines).toEqual([
      "content/lineage/mappings.yaml:5:15 unverified-mismatch: article 1's digest is high confidence, so its mapping is not unverified",
    ]);
  });

  it("rejects none: true beside counterparts, and an entry with neither", () => {
    expect(run({ mappings: MAPPINGS.replace("  note: Our words.", "  none: true\n  note: Our words.") }).lines).toEqual([
      "content/lineage/mappings.yaml:5:9 invalid-field: 0.none: an article with counterparts cannot also say none: true",
    ]);
    expect(run({ mappings: MAPPINGS.replace("  none: true\n", "") }).lines).toEqual([
      "content/lineage/mappings.yaml:6:3 invalid-field: 1.counterparts: list at least one counterpart, or say none: true",
    ]);
  });

  it("checks each treaty file: its name, its chapters, its article numbers, a complete list's length", () => {
    expect(run({ uncac: untoc("untoc") }).lines).toEqual(['content/lineage/uncac.yaml:1:5 file-name-mismatch: treaty "untoc" must live in lineage/untoc.yaml']);
    expect(run({ budapest: BUDAPEST.replace("chapter: II,", "chapter: III,") }).lines).toEqual([
      "content/lineage/budapest.yaml:15:79 invalid-field: articles.1.chapter: chapter III is not in this file's chapters",
    ]);
    expect(run({ budapest: BUDAPEST.replace("number: 19,", "number: 1,") }).lines).toEqual([
      "content/lineage/budapest.yaml:15:15 duplicate-id: article 1 is listed twice",
      "content/lineage/mappings.yaml:3:36 unknown-counterpart: budapest has no article 19 in lineage/budapest.yaml",
    ]);
    expect(run({ budapest: BUDAPEST.replace("complete: false", "complete: true") }).lines).toEqual([
      "content/lineage/budapest.yaml:14:3 invalid-field: articles: a complete list needs 48 articles, not 2",
    ]);
  });

  it("asks for every lineage file once the folder exists", () => {
    expect(run({ uncac: undefined }).lines).toEqual(["content/lineage/uncac.yaml:1:1 missing-file: uncac.yaml is missing"]);
  });
});
