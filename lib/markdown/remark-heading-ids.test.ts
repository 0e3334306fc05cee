import { describe, expect, it } from "vitest";
import { unified } from "unified";
import { parseMarkdown } from "./parse";
import { renderHtml } from "./render";
import { remarkHeadingIds } from "./remark-heading-ids";

function html(markdown: string): string {
  const tree = parseMarkdown(markdown);
  unified().use(remarkHeadingIds).runSync(tree);
  return renderHtml(tree);
}

describe("remarkHeadingIds", () => {
  it("gives a heading an id from its text that survives sanitising", () => {
    expect(html("## How sure we are")).toBe('<h2 id="how-sure-we-are">How sure we are</h2>');
  });

  it("keeps ids unique within one document", () => {
    expect(html("## Notes\n\n## Notes")).toBe('<h2 id="notes">Notes</h2>\n<h2 id="notes-1">Notes</h2>');
  });

  it("leaves other blocks alone", () => {
    expect(html("A paragraph.")).toBe("<p>A paragraph.</p>");
  });
});
