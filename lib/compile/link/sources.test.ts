import { describe, expect, it } from "vitest";
import { linkSources } from "./sources";
import { problemLines, tinyContext } from "./testing";

const SOURCE = [
  "id: example-report",
  "title: A report",
  "outlet: News",
  "author: not stated",
  'published: "2024-10"',
  "kind: news-report",
  "skipped:",
  "  - { line: 1, reason: Headline }",
  "  - { line: 4, reason: Byline }",
  "writer: reporter",
].join("\n");
const TEXT = "---\ntitle: x\n---\nHeadline\n\nFirst claim.\nSecond claim.\n";

describe("linkSources", () => {
  it("gives each source's node, without its skipped lines", () => {
    const ctx = tinyContext({ "sources/example-report.yaml": SOURCE });
    expect(linkSources(ctx)).toEqual([
      {
        id: "example-report",
        title: "A report",
        outlet: "News",
        author: "not stated",
        published: "2024-10",
        approximate: false,
        kind: "news-report",
        writer: "reporter",
        speakers: [],
        datingNote: undefined,
      },
    ]);
    expect(problemLines(ctx)).toEqual([]);
  });

  it("checks skipped lines against the text, where it has one", () => {
    const ctx = tinyContext({ "sources/example-report.yaml": SOURCE }, { "example-report": TEXT });
    linkSources(ctx);
    expect(problemLines(ctx)).toEqual(["content/sources/example-report.yaml:9:13 line-out-of-range: the source has 3 lines, not 4"]);
  });

  it("reports a source whose text is missing from ../shared/sources", () => {
    const ctx = tinyContext({ "sources/example-report.yaml": SOURCE }, { other: TEXT });
    linkSources(ctx);
    expect(problemLines(ctx)).toEqual(["content/sources/example-report.yaml:1:5 unknown-source: no ../shared/sources/example-report.md to check against"]);
  });
});
