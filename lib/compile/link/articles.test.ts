import { describe, expect, it } from "vitest";
import { indexProvisions, linkArticles } from "./articles";
import { BASE_FILES, edgeLines, indexedContext, md, problemLines, tinyContext } from "./testing";

const article = (number: number, fields: string[], body: string[]) => md([`number: ${number}`, "title: T", "summary: S.", ...fields], body);

describe("indexProvisions", () => {
  it("indexes articles in number order, their paragraph blocks, chapters and topics", () => {
    const ctx = tinyContext(BASE_FILES);
    const index = indexProvisions(ctx);
    expect([...index.articles.keys()]).toEqual([1, 2]);
    expect([...index.paragraphs.keys()]).toEqual(["1(a)", "2(1)"]);
    expect(index.paragraphs.get("2(1)")?.pin).toEqual({ article: 2, paragraph: 1 });
    expect([...index.chapters]).toEqual(["I", "II"]);
    expect([...index.topics]).toEqual(["scope"]);
    expect(problemLines(ctx)).toEqual([]);
  });

  it("reports an unknown chapter and topic at their values", () => {
    const ctx = tinyContext({
      ...BASE_FILES,
      "articles/3.md": article(3, ["chapter: IV", "topics: [scope, nope]", "confidence: high", "basisSource: T"], ["Text."]),
    });
    indexProvisions(ctx);
    expect(problemLines(ctx)).toEqual([
      "content/articles/3.md:5:10 unknown-chapter: chapter IV is not in chapters.yaml",
      'content/articles/3.md:6:17 unknown-topic: no topic "nope"',
    ]);
  });

  it("checks no chapter when chapters.yaml is missing", () => {
    const ctx = tinyContext(Object.fromEntries(Object.entries(BASE_FILES).filter(([path]) => path !== "chapters.yaml")));
    indexProvisions(ctx);
    expect(problemLines(ctx)).toEqual([]);
  });

  it("keeps the first file it meets for an article number and reports the other", () => {
    const ctx = tinyContext(BASE_FILES);
    // The loader would also report the file name; this stage sees the second file all the same.
    ctx.content.articles.unshift({ ...ctx.content.articles[0]!, path: "content/articles/9.md" });
    const index = indexProvisions(ctx);
    expect(index.articles.get(1)?.path).toBe("content/articles/9.md");
    expect(problemLines(ctx)).toEqual(["content/articles/1.md:2:9 duplicate-article: article 1 is also in content/articles/9.md"]);
  });

  it("reports a second block for a pinpoint, an item before its paragraph and a verified block in a medium article", () => {
    const body = [
      ':::paragraph{pin="3(1)(a)" verified="false"}',
      "Item.",
      ":::",
      ':::paragraph{pin="3(2)"}',
      "Two.",
      ":::",
      ':::paragraph{pin="3(2)" verified="false"}',
      "Again.",
      ":::",
    ];
    const ctx = tinyContext({ ...BASE_FILES, "articles/3.md": article(3, ["chapter: II", "confidence: medium", "basisSource: T"], body) });
    const index = indexProvisions(ctx);
    expect(index.paragraphs.get("3(2)")?.block.children).toHaveLength(1);
    expect(problemLines(ctx)).toEqual([
      "content/articles/3.md:9:1 missing-parent-paragraph: paragraph 3(1)(a) comes before (or without) its parent 3(1)",
      'content/articles/3.md:12:1 unverified-required: article 3 is medium confidence, so paragraph 3(2) must say verified="false"',
      "content/articles/3.md:15:1 duplicate-paragraph: paragraph 3(2) has two blocks",
    ]);
  });
});

describe("linkArticles", () => {
  it("renders digests and paragraphs with their anchors, paths and parents", () => {
    const ctx = indexedContext({
      ...BASE_FILES,
      "articles/3.md": article(
        3,
        ["chapter: II", "confidence: high", "basisSource: T"],
        [':::paragraph{pin="3(1)"}', "One.", ":::", ':::paragraph{pin="3(1)(a)" label="First"}', "Item.", ":::"],
      ),
    });
    const [, , third] = linkArticles(ctx);
    expect(third?.digest).toEqual({ html: "", text: "" });
    expect(third?.paragraphs.map(({ pin, anchor, path, parent, depth, label }) => ({ pin, anchor, path, parent, depth, label }))).toEqual([
      { pin: "3(1)", anchor: "p1", path: "/articles/3/1", parent: null, depth: 1, label: undefined },
      { pin: "3(1)(a)", anchor: "p1-a", path: "/articles/3/1/a", parent: "3(1)", depth: 2, label: "First" },
    ]);
    expect(edgeLines(ctx).filter((line) => line.includes("article:3") || line.includes("paragraph:3("))).toEqual([
      "contains chapter:II -> article:3",
      "contains article:3 -> paragraph:3(1)",
      "contains paragraph:3(1) -> paragraph:3(1)(a)",
    ]);
  });

  it("records edges in stage order and does not link a term inside the paragraph that defines it", () => {
    const ctx = indexedContext(BASE_FILES);
    const [first, second] = linkArticles(ctx);
    expect(first?.paragraphs[0]?.html).toBe("<p>A serious crime is defined here.</p>");
    expect(second?.digest.html).toContain('href="/terms/serious-crime"');
    expect(edgeLines(ctx)).toEqual([
      "defines paragraph:1(a) -> term:serious-crime",
      "contains chapter:I -> article:1",
      "tagged article:1 -> topic:scope",
      "references article:1 -> article:2",
      "contains article:1 -> paragraph:1(a)",
      "contains chapter:II -> article:2",
      "uses article:2 -> term:serious-crime",
      "contains article:2 -> paragraph:2(1)",
      "references paragraph:2(1) -> paragraph:1(a)",
      "references paragraph:2(1) -> chapter:I",
    ]);
  });
});
