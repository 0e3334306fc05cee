import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse";
import { remarkTerms, type RemarkTermsOptions } from "./remark-terms";
import { renderHtml } from "./render";
import { buildTermMatcher } from "./term-matcher";

const matcher = buildTermMatcher([
  { slug: "serious-crime", forms: ["serious crime", "serious crimes"] },
  { slug: "ict-system", forms: ["ICT system"] },
  { slug: "system", forms: ["system"] },
]);
const TIPS: Record<string, string> = { "serious-crime": "Punishable by four years or more.", "ict-system": "A device.", system: "Anything." };

function run(markdown: string, options: Partial<RemarkTermsOptions> = {}): { tree: Root; file: VFile; html: string } {
  const tree = parseMarkdown(markdown);
  const file = new VFile({ path: "content/articles/2.md" });
  unified()
    .use(remarkTerms, { matcher, tipOf: (slug) => TIPS[slug] ?? "", idPrefix: "t2", ...options })
    .runSync(tree, file);
  return { tree, file, html: renderHtml(tree) };
}

/** The terms linked in rendered HTML, as [link text, href]. */
function termLinks(html: string): Array<[string, string]> {
  return [...html.matchAll(/<a href="([^"]+)" class="term-link"[^>]*>([^<]*)<\/a>/gu)].map((match) => [match[2]!, match[1]!]);
}

describe("remarkTerms", () => {
  it("links the first use with a tooltip tied to it by id", () => {
    const { html, file } = run("A serious crime is serious.");
    expect(html).toBe(
      '<p>A <span class="term"><a href="/terms/serious-crime" class="term-link" aria-describedby="t2-1" data-term="serious-crime">serious crime</a>' +
        '<span class="term-tip" role="tooltip" id="t2-1">Punishable by four years or more.</span></span> is serious.</p>',
    );
    expect(file.data.termUses).toEqual(["serious-crime"]);
  });

  it("links only the first use of each term in the piece", () => {
    const { html } = run("A serious crime.\n\nAnother serious crime, and a system.");
    expect(termLinks(html)).toEqual([
      ["serious crime", "/terms/serious-crime"],
      ["system", "/terms/system"],
    ]);
    expect(html).toContain('id="t2-1"');
    expect(html).toContain('id="t2-2"');
    expect(html).not.toContain('id="t2-3"');
  });

  it("matches plurals and any case, keeping the author's text", () => {
    expect(termLinks(run("Most Serious Crimes are rare.").html)).toEqual([["Serious Crimes", "/terms/serious-crime"]]);
  });

  it("prefers the longest form", () => {
    const { html, file } = run("Data on an ICT system.");
    expect(termLinks(html)).toEqual([["ICT system", "/terms/ict-system"]]);
    expect(file.data.termUses).toEqual(["ict-system"]);
  });

  it("does not link an excluded term (the one being defined)", () => {
    const { html, file } = run("A serious crime on a system.", { exclude: new Set(["serious-crime"]) });
    expect(termLinks(html)).toEqual([["system", "/terms/system"]]);
    expect(file.data.termUses).toEqual(["system"]);
  });

  it("does not link inside headings or links, and links the first use outside them", () => {
    const { html, file } = run("## Serious crime\n\nSee [serious crime](https://example.org).\n\nA serious crime.");
    expect(html).toContain("<h2>Serious crime</h2>");
    expect(html).toContain('<a href="https://example.org">serious crime</a>');
    expect(termLinks(html)).toEqual([["serious crime", "/terms/serious-crime"]]);
    expect(html.indexOf('class="term"')).toBeGreaterThan(html.indexOf("https://example.org"));
    expect(file.data.termUses).toEqual(["serious-crime"]);
  });

  it("links terms inside emphasis and list items", () => {
    expect(termLinks(run("- *a serious crime*\n- an ICT system").html)).toEqual([
      ["serious crime", "/terms/serious-crime"],
      ["ICT system", "/terms/ict-system"],
    ]);
  });

  it("records no uses when nothing matches", () => {
    const { html, file } = run("Nothing defined here.");
    expect(html).toBe("<p>Nothing defined here.</p>");
    expect(file.data.termUses).toEqual([]);
  });

  it("escapes the tooltip text", () => {
    const { html } = run("A system.", { tipOf: () => "<script>alert(1)</script>" });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#x3C;script>");
  });
});
