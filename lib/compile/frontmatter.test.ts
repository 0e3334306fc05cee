import { describe, expect, it } from "vitest";
import { cutFrontmatter, splitFrontmatter } from "./frontmatter";
import { ProblemList } from "./problems";
import { sourceLines } from "./source-text";

describe("cutFrontmatter", () => {
  it("cuts the YAML between the fences from the lines after them", () => {
    expect(cutFrontmatter("---\ntitle: A\nsummary: B\n---\nBody.\n")).toEqual({
      frontmatter: "title: A\nsummary: B",
      headLines: 4,
      bodyLines: ["Body.", ""],
    });
  });

  it("accepts fences with trailing white space and an empty body", () => {
    expect(cutFrontmatter("--- \nid: x\n---")).toEqual({ frontmatter: "id: x", headLines: 3, bodyLines: [] });
  });

  it("says which fence is missing", () => {
    expect(cutFrontmatter("title: A\n---\n")).toEqual({ missing: "opening" });
    expect(cutFrontmatter("---\ntitle: A\n")).toEqual({ missing: "closing" });
  });
});

describe("splitFrontmatter", () => {
  it("pads the body with blank lines so Markdown line numbers stay true", () => {
    const split = splitFrontmatter("a.md", "---\ntitle: A\n---\nBody.", new ProblemList())!;
    expect(split).toEqual({ frontmatter: "title: A", body: "\n\n\nBody.", frontmatterLine: 2 });
  });

  it("reports each missing fence at 1:1", () => {
    const problems = new ProblemList();
    expect(splitFrontmatter("a.md", "Body.", problems)).toBeUndefined();
    expect(splitFrontmatter("b.md", "---\ntitle: A", problems)).toBeUndefined();
    expect(problems.items.map((p) => `${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([
      "a.md:1:1 missing-frontmatter: the file must start with a --- line",
      "b.md:1:1 missing-frontmatter: the front matter has no closing --- line",
    ]);
  });
});

describe("sourceLines", () => {
  it("numbers the non-empty lines after the front matter", () => {
    expect(sourceLines("---\ntitle: T\n---\n\nFirst line.\r\n\n  Second line.  \n")).toEqual(["First line.", "Second line."]);
  });

  it("counts every line of a text without (complete) front matter", () => {
    expect(sourceLines("One.\n\nTwo.")).toEqual(["One.", "Two."]);
    expect(sourceLines("---\nNo closing fence.")).toEqual(["---", "No closing fence."]);
  });
});
