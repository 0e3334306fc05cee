import { describe, expect, it } from "vitest";
import { linkArticles } from "./articles";
import { linkChapters } from "./chapters";
import { BASE_FILES, edgeLines, indexedContext } from "./testing";

describe("linkChapters", () => {
  it("lists each chapter's articles and hangs the chapters under the treaty", () => {
    const ctx = indexedContext(BASE_FILES);
    const articles = linkArticles(ctx);
    ctx.edges.length = 0;
    expect(linkChapters(ctx, articles)).toEqual([
      { numeral: "I", title: "General", summary: "Terms.", slug: "i", articles: [1] },
      { numeral: "II", title: "Crimes", summary: "Offences.", slug: "ii", articles: [2] },
    ]);
    expect(edgeLines(ctx)).toEqual(["contains treaty -> chapter:I", "contains treaty -> chapter:II"]);
  });
});
