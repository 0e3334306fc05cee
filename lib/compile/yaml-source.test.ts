import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schema from "../schema/content";
import { splitFrontmatter } from "./frontmatter";
import { ProblemList } from "./problems";
import { loadYaml, parseYamlSource, validateYaml } from "./yaml-source";

const TREATY = [
  "title: Example", // 1
  "officialText:", // 2
  "  - label: First", // 3
  "    url: https://example.org/1", // 4
  "  - label: Second", // 5
  "    url: https://example.org/2", // 6
  "status:", // 7
  "  signatories: 3", // 8
  "  checked: '2025-01-01'", // 9
  "tags: [a, bb, ccc]", // 10
].join("\n");

const lines = (problems: ProblemList) => problems.items.map((p) => `${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`);

describe("parseYamlSource", () => {
  it("points at nested values in maps and sequences", () => {
    const source = parseYamlSource("t.yaml", TREATY, new ProblemList())!;
    expect(source.positionOf(["title"])).toEqual({ line: 1, column: 8 });
    expect(source.positionOf(["officialText", 1, "url"])).toEqual({ line: 6, column: 10 });
    expect(source.positionOf(["officialText", 1])).toEqual({ line: 5, column: 5 });
    expect(source.positionOf(["status", "signatories"])).toEqual({ line: 8, column: 16 });
    expect(source.positionOf(["status", "checked"])).toEqual({ line: 9, column: 12 });
    expect(source.positionOf(["tags", 2])).toEqual({ line: 10, column: 15 });
  });

  it("falls back to the nearest existing ancestor", () => {
    const source = parseYamlSource("t.yaml", TREATY, new ProblemList())!;
    expect(source.positionOf(["status", "missing"])).toEqual({ line: 8, column: 3 });
    expect(source.positionOf(["officialText", 7, "url"])).toEqual({ line: 3, column: 3 });
    expect(source.positionOf(["nothing", "here"])).toEqual({ line: 1, column: 1 });
    expect(source.positionOf([])).toEqual({ line: 1, column: 1 });
  });

  it("adds the line offset to every position", () => {
    const source = parseYamlSource("a.md", TREATY, new ProblemList(), 1)!;
    expect(source.positionOf(["status", "signatories"])).toEqual({ line: 9, column: 16 });
    expect(source.positionOf(["nothing"])).toEqual({ line: 2, column: 1 });
  });

  it("reports a syntax error at its position and returns nothing", () => {
    const problems = new ProblemList();
    expect(parseYamlSource("c.yaml", "title: x\nsummary: What counts: this\n", problems)).toBeUndefined();
    expect(lines(problems)).toEqual(["c.yaml:2:10 malformed-yaml: Nested mappings are not allowed in compact mappings"]);
  });

  it("reports syntax errors with the line offset too", () => {
    const problems = new ProblemList();
    parseYamlSource("a.md", "title: x\nsummary: What counts: this\n", problems, 1);
    expect(lines(problems)).toEqual(["a.md:3:10 malformed-yaml: Nested mappings are not allowed in compact mappings"]);
  });

  it("rejects duplicate keys", () => {
    const problems = new ProblemList();
    expect(parseYamlSource("d.yaml", "title: a\ntitle: b\n", problems)).toBeUndefined();
    expect(lines(problems)).toEqual(["d.yaml:2:1 malformed-yaml: Map keys must be unique"]);
  });
});

describe("validateYaml", () => {
  const validate = (text: string, shape: z.ZodType) => {
    const problems = new ProblemList();
    const source = parseYamlSource("s.yaml", text, problems)!;
    const data = validateYaml(source, source.document.toJS(), shape, problems);
    return { data, problems: lines(problems) };
  };
  const SOURCE = ["id: report", "title: A report", "outlet: News", "author: not stated", 'published: "2024-10"', "kind: news-report", "writer: news"];

  it("returns the parsed data, with defaults, when it is valid", () => {
    const { data, problems } = validate(SOURCE.join("\n"), schema.sourceFile);
    expect(problems).toEqual([]);
    expect(data).toEqual({
      id: "report",
      title: "A report",
      outlet: "News",
      author: "not stated",
      published: "2024-10",
      approximate: false,
      kind: "news-report",
      writer: "news",
      speakers: [],
      skipped: [],
    });
  });

  it("classifies each issue and points at the value that caused it", () => {
    const text = [
      "id: Report", // 1 invalid-field (not kebab-case)
      "title: A report", // 2
      "author: not stated", // 3 (outlet missing)
      'published: "2024-02-30"', // 4 impossible-date
      "kind: blog", // 5 invalid-field
      "skipped:", // 6
      "  - { line: 0, reason: Headline }", // 7 invalid-field
      "colour: red", // 8 unknown-field
      "writer: news", // 9
    ].join("\n");
    expect(validate(text, schema.sourceFile).problems.map((line) => line.replace(/: .*$/u, ""))).toEqual([
      "s.yaml:1:5 invalid-field",
      "s.yaml:1:1 missing-field",
      "s.yaml:4:12 impossible-date",
      "s.yaml:5:7 invalid-field",
      "s.yaml:7:13 invalid-field",
      "s.yaml:8:9 unknown-field",
    ]);
  });

  it("writes the field path and the reason into the message", () => {
    const { problems } = validate([...SOURCE, "colour: red", "size: 3"].join("\n"), schema.sourceFile);
    expect(problems).toEqual(["s.yaml:8:9 unknown-field: unknown field colour, size"]);
    expect(validate(SOURCE.join("\n").replace("kind: news-report", "kind: blog"), schema.sourceFile).problems[0]).toMatch(
      /^s\.yaml:6:7 invalid-field: kind: /u,
    );
  });

  it("takes a custom issue's kind from its params, never from its message text", () => {
    const tagged = z.string().refine((value) => value === "ok", { message: "any wording", params: { kind: "impossible-date" } });
    const untagged = z.string().refine((value) => value === "ok", { message: "must be a real date, is not a pinpoint" });
    const unknownKind = z.string().refine((value) => value === "ok", { message: "odd", params: { kind: "no-such-kind" } });
    expect(validate("bad", tagged).problems).toEqual(["s.yaml:1:1 impossible-date: value: any wording"]);
    expect(validate("bad", untagged).problems).toEqual(["s.yaml:1:1 invalid-field: value: must be a real date, is not a pinpoint"]);
    expect(validate("bad", unknownKind).problems).toEqual(["s.yaml:1:1 invalid-field: value: odd"]);
  });

  it("classifies a bad pinpoint as invalid-pinpoint", () => {
    expect(validate('term: data\ndefinedAt: "2.h"', schema.termFrontmatter).problems).toEqual([
      's.yaml:2:12 invalid-pinpoint: definedAt: "2.h" is not a pinpoint like 28, 28(4) or 2(h)',
    ]);
  });
});

describe("loadYaml with front matter", () => {
  it("reports front-matter values at their line in the Markdown file", () => {
    const markdown = ["---", "number: 2", "title: Offences", "chapter: XII", "summary: S.", "confidence: high", "---", "", "Body."].join("\n");
    const problems = new ProblemList();
    const split = splitFrontmatter("content/articles/2.md", markdown, problems)!;
    expect(split.frontmatterLine).toBe(2);
    expect(split.body.split("\n")).toHaveLength(9);
    expect(split.body.split("\n")[8]).toBe("Body.");
    expect(loadYaml("content/articles/2.md", split.frontmatter, schema.articleFrontmatter, problems, split.frontmatterLine - 1)).toBeUndefined();
    expect(lines(problems)).toEqual([expect.stringMatching(/^content\/articles\/2\.md:4:10 invalid-field: chapter: /u)]);
  });

  it("returns the data and a source that still points into the file", () => {
    const loaded = loadYaml("t.yaml", "term: data\nplurals: [data sets]\n", schema.termFrontmatter, new ProblemList(), 1)!;
    expect(loaded.data).toEqual({ term: "data", aliases: [], plurals: ["data sets"] });
    expect(loaded.source.positionOf(["plurals", 0])).toEqual({ line: 3, column: 11 });
  });
});
