import { describe, expect, it } from "vitest";
import { indexProvisions } from "./articles";
import { createResolver } from "./resolve";
import { indexTerms, linkTerms, tipFrom } from "./terms";
import { BASE_FILES, edgeLines, indexedContext, md, problemLines, tinyContext } from "./testing";

describe("tipFrom", () => {
  it("takes the first sentence", () => {
    expect(tipFrom("Conduct punishable by four years. More text.")).toBe("Conduct punishable by four years.");
    expect(tipFrom("No full stop")).toBe("No full stop");
    expect(tipFrom("Art. 2 aside? Yes.")).toBe("Art.");
  });

  it("cuts a long sentence at 220 characters with an ellipsis", () => {
    const tip = tipFrom(`${"word ".repeat(60)}end.`);
    expect(tip).toHaveLength(220);
    expect(tip.endsWith("word…")).toBe(true);
  });
});

describe("indexTerms", () => {
  const files = {
    ...BASE_FILES,
    "terms/data.md": md(["term: data", "aliases: [computer data]", 'definedAt: "1(b)"'], ["Facts. And more."]),
  };

  it("builds the matcher over every form, the tips and the defines edges of definitions that exist", () => {
    const ctx = tinyContext(files);
    const index = indexTerms(ctx, createResolver(indexProvisions(ctx)));
    expect(index.matcher.find("Serious crimes and computer data").map((m) => m.slug)).toEqual(["serious-crime", "data"]);
    expect(Object.fromEntries(index.tips)).toEqual({ data: "Facts.", "serious-crime": "Conduct punishable by four years." });
    expect([...index.definedAt].map(([pin, slugs]) => [pin, [...slugs]])).toEqual([["1(a)", ["serious-crime"]]]);
    expect(edgeLines(ctx)).toEqual(["defines paragraph:1(a) -> term:serious-crime"]);
  });

  it("reports a definedAt that names no paragraph block", () => {
    const ctx = tinyContext(files);
    indexTerms(ctx, createResolver(indexProvisions(ctx)));
    expect(problemLines(ctx)).toEqual(["content/terms/data.md:4:12 unknown-term-definition: definedAt 1(b) is not a paragraph in content/"]);
  });
});

describe("linkTerms", () => {
  it("renders each definition with its tip, never linking the term it defines", () => {
    const ctx = indexedContext({ ...BASE_FILES, "terms/serious-crime.md": md(["term: serious crime"], ["A serious crime, see article 2."]) });
    const [term] = linkTerms(ctx);
    expect(term).toMatchObject({ slug: "serious-crime", term: "serious crime", aliases: [], plurals: [], tip: "A serious crime, see article 2." });
    expect(term?.html).toBe('<p>A serious crime, see <a href="/articles/2" class="ref" data-ref="2">article 2</a>.</p>');
    expect(edgeLines(ctx)).toEqual(["references term:serious-crime -> article:2"]);
  });
});
