import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../markdown/parse";
import { renderSegment, type Segment } from "./render-segment";
import { BASE_FILES, edgeLines, indexedContext, problemLines } from "./testing";

function render(markdown: string, segment: Partial<Segment> = {}) {
  const ctx = indexedContext(BASE_FILES);
  ctx.edges.length = 0;
  const rendered = renderSegment(ctx, { path: "content/x.md", children: parseMarkdown(markdown).children, from: "article:2", idPrefix: "t2", ...segment });
  return { rendered, edges: edgeLines(ctx), problems: problemLines(ctx) };
}

describe("renderSegment", () => {
  it("links references and the first use of a term, and gives the plain text", () => {
    const { rendered } = render("Serious crimes under article 1(a); serious crimes again.");
    expect(rendered.text).toBe("Serious crimes under article 1(a); serious crimes again.");
    expect(rendered.html).toBe(
      '<p><span class="term"><a href="/terms/serious-crime" class="term-link" aria-describedby="t2-1" data-term="serious-crime">Serious crimes</a>' +
        '<span class="term-tip" role="tooltip" id="t2-1">Conduct punishable by four years.</span></span> under ' +
        '<a href="/articles/1#a" class="ref" data-ref="1(a)">article 1(a)</a>; serious crimes again.</p>',
    );
  });

  it("records one references edge per target, none to itself, and a uses edge per term linked", () => {
    const { edges } = render("Article 2, article 1 and article 1 again; chapter I; a serious crime.");
    expect(edges).toEqual(["references article:2 -> article:1", "references article:2 -> chapter:I", "uses article:2 -> term:serious-crime"]);
  });

  it("records no uses edge for an excluded term, nor for one it did not link (inside a heading)", () => {
    expect(render("A serious crime.", { excludeTerms: new Set(["serious-crime"]) }).edges).toEqual([]);
    expect(render("# Serious crime\n\nNothing else.").edges).toEqual([]);
  });

  it("resolves relative references where the prose sits, and reports those to nothing", () => {
    const { edges, problems } = render("See paragraph 1 of this article and article 7.", { where: { article: 2 }, from: "paragraph:2(1)" });
    expect(edges).toEqual([]);
    expect(problems).toEqual(["content/x.md:1:37 unknown-reference: reference to article 7, which does not exist in content/"]);
  });

  it("leaves the segment's own tree untouched", () => {
    const children = parseMarkdown("A serious crime, article 2.").children;
    const before = structuredClone(children);
    const ctx = indexedContext(BASE_FILES);
    renderSegment(ctx, { path: "content/x.md", children, from: "topic:scope", idPrefix: "t" });
    expect(children).toEqual(before);
  });
});
