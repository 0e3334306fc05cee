import { describe, expect, it } from "vitest";
import { linkPage, linkTopics } from "./pages";
import { BASE_FILES, edgeLines, indexedContext, md } from "./testing";

describe("linkTopics and linkPage", () => {
  it("render topic and page text with edges from their own node", () => {
    const ctx = indexedContext({ ...BASE_FILES, "about.md": md(["title: About", "summary: Who we are."], ["We read article 2."]) });
    ctx.edges.length = 0;
    expect(linkTopics(ctx)).toEqual([
      {
        slug: "scope",
        title: "Scope",
        summary: "What it covers.",
        html: '<p>Scope of <a href="/articles/1" class="ref" data-ref="1">article 1</a>.</p>',
        text: "Scope of article 1.",
      },
    ]);
    expect(linkPage(ctx, ctx.content.about!, "about")).toMatchObject({ title: "About", summary: "Who we are.", text: "We read article 2." });
    expect(edgeLines(ctx)).toEqual(["references topic:scope -> article:1", "references about -> article:2"]);
  });
});
