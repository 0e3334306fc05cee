import { describe, expect, it } from "vitest";
import { BASE_FILES, indexedContext, problemLines } from "./testing";
import { linkTimeline } from "./timeline";

const event = (id: string, date: string, sources: string, provisions = "[]") =>
  `- { id: ${id}, date: "${date}", title: T, description: D., sources: ${sources}, provisions: ${provisions} }`;
const SOURCE = ["id: example-report", "title: R", "outlet: O", "author: A", 'published: "2024"', "kind: summary", "writer: reporter"].join("\n");

describe("linkTimeline", () => {
  it("sorts events by date and gives each its date's precision", () => {
    const timeline = [
      event("late", "2025-10-25", "[example-report]"),
      event("early", "2024", '["UN press release"]'),
      event("middle", "2024-12", "[example-report]"),
    ].join("\n");
    const ctx = indexedContext({ ...BASE_FILES, "timeline.yaml": timeline, "sources/example-report.yaml": SOURCE });
    expect(linkTimeline(ctx).map((node) => `${node.id} ${node.date} ${node.precision}`)).toEqual([
      "early 2024 year",
      "middle 2024-12 month",
      "late 2025-10-25 day",
    ]);
    expect(problemLines(ctx)).toEqual([]);
  });

  it("checks sources that look like ids and provisions", () => {
    const timeline = event("one", "2024", "[missing-report, plain, example-report]", '["2(1)", "2(9)"]');
    const ctx = indexedContext({ ...BASE_FILES, "timeline.yaml": timeline, "sources/example-report.yaml": SOURCE });
    linkTimeline(ctx);
    expect(problemLines(ctx)).toEqual([
      'content/timeline.yaml:1:65 unknown-source: no source "missing-report"',
      "content/timeline.yaml:1:126 unknown-provision: no provision 2(9) in content/",
    ]);
  });

  it("gives nothing when timeline.yaml is missing", () => {
    expect(linkTimeline(indexedContext(BASE_FILES))).toEqual([]);
  });
});
