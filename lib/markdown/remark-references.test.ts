import type { Link, Root } from "mdast";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { href } from "../graph/hrefs";
import { formatPinpoint } from "../pinpoint";
import type { ReferenceContext, ReferenceTarget } from "../references";
import { parseMarkdown } from "./parse";
import { remarkReferences } from "./remark-references";
import { renderHtml } from "./render";

/** Provisions that "exist": articles 1, 2, 3 and 28, and paragraph 28(4). */
const EXISTING = new Set(["1", "2", "3", "28", "28(4)"]);
function resolve(target: ReferenceTarget): string | undefined {
  if (target.kind === "chapter") return target.numeral === "IV" ? "/chapters/iv" : undefined;
  return EXISTING.has(formatPinpoint(target.pin)) ? href.pinpoint(target.pin) : undefined;
}

function run(markdown: string, context: ReferenceContext = {}) {
  const tree = parseMarkdown(markdown);
  const file = new VFile({ path: "content/articles/28.md" });
  unified().use(remarkReferences, { context, resolve }).runSync(tree, file);
  const links: Array<{ url: string; text: string; className: unknown; dataRef: unknown }> = [];
  visit(tree, "link", (node: Link) => {
    const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;
    links.push({
      url: node.url,
      text: node.children.map((child) => ("value" in child ? child.value : "")).join(""),
      className: props?.className,
      dataRef: props?.dataRef,
    });
  });
  return {
    tree,
    file,
    links,
    messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`),
  };
}

describe("remarkReferences", () => {
  it("turns a reference into a link with href and class", () => {
    const { links, messages, file } = run("See article 28(4) for help.");
    expect(messages).toEqual([]);
    expect(links).toEqual([{ url: "/articles/28#p4", text: "article 28(4)", className: ["ref"], dataRef: "28(4)" }]);
    expect(file.data.references).toEqual([{ kind: "provision", pin: { article: 28, paragraph: 4 } }]);
  });

  it("keeps the text around the link, and renders to an anchor with our class", () => {
    const { tree } = run("See article 2 and chapter IV.");
    expect(renderHtml(tree)).toBe(
      '<p>See <a href="/articles/2" class="ref" data-ref="2">article 2</a> and <a href="/chapters/iv" class="ref" data-ref="chapter:IV">chapter IV</a>.</p>',
    );
  });

  it("links every member of a list and records range members with no text of their own", () => {
    const { links, file, messages } = run("Under articles 1 to 3.");
    expect(messages).toEqual([]);
    expect(links.map((link) => [link.text, link.url])).toEqual([
      ["articles 1", "/articles/1"],
      ["3", "/articles/3"],
    ]);
    expect(file.data.references?.map((target) => (target.kind === "provision" ? formatPinpoint(target.pin) : target.numeral))).toEqual(["1", "2", "3"]);
  });

  it("resolves paragraph references against the article the prose sits in", () => {
    const { links } = run("As paragraph 4 of this article says.", { article: 28 });
    expect(links).toEqual([{ url: "/articles/28#p4", text: "paragraph 4 of this article", className: ["ref"], dataRef: "28(4)" }]);
  });

  it("reports an unknown target at its line and column and does not link it", () => {
    const { links, messages, file } = run("A first line.\nThen *emphasis* and article 9 here.");
    expect(messages).toEqual(["2:21 unknown-reference: reference to article 9, which does not exist in content/"]);
    expect(links).toEqual([]);
    expect(file.data.references).toEqual([]);
  });

  it("reports an unknown paragraph of a known article (cite the article instead)", () => {
    const { links, messages } = run("Read article 28(5) and article 28.");
    expect(messages).toEqual(["1:6 unknown-reference: reference to article 28(5), which does not exist in content/"]);
    expect(links.map((link) => link.text)).toEqual(["article 28"]);
  });

  it("reports each missing member of a range at the start of the phrase", () => {
    const { messages, links } = run("See articles 2 to 5.");
    expect(messages).toEqual([
      "1:5 unknown-reference: reference to article 4, which does not exist in content/",
      "1:5 unknown-reference: reference to article 5, which does not exist in content/",
    ]);
    expect(links.map((link) => link.text)).toEqual(["articles 2"]);
  });

  it("does not link or report inside headings", () => {
    const { links, messages, tree } = run("## Article 28 and article 99\n\nBody.");
    expect(links).toEqual([]);
    expect(messages).toEqual([]);
    expect(renderHtml(tree)).toBe("<h2>Article 28 and article 99</h2>\n<p>Body.</p>");
  });

  it("does not link inside an existing link", () => {
    const { links, messages } = run("[see article 28](https://example.org) and article 2.");
    expect(messages).toEqual([]);
    expect(links).toEqual([
      { url: "https://example.org", text: "see article 28", className: undefined, dataRef: undefined },
      { url: "/articles/2", text: "article 2", className: ["ref"], dataRef: "2" },
    ]);
  });

  it("links references inside emphasis and list items", () => {
    const { links } = run("- *under article 1*\n- **article 3**");
    expect(links.map((link) => link.url)).toEqual(["/articles/1", "/articles/3"]);
  });

  it("leaves a tree without references untouched", () => {
    const tree = parseMarkdown("Nothing to see, just 28 numbers.");
    const before = structuredClone(tree);
    const file = new VFile();
    unified().use(remarkReferences, { context: {}, resolve }).runSync(tree, file);
    expect(tree).toEqual(before as Root);
    expect(file.data.references).toEqual([]);
  });
});
