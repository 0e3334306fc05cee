import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse";
import { remarkParagraphBlocks } from "./remark-paragraph-blocks";

function run(markdown: string, article = 28): { tree: Root; file: VFile; messages: string[] } {
  const tree = parseMarkdown(markdown);
  const file = new VFile({ path: `content/articles/${article}.md` });
  unified().use(remarkParagraphBlocks, { article }).runSync(tree, file);
  return { tree, file, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`) };
}

const ARTICLE = [
  "The article-level digest.", // 1
  "", // 2
  ':::paragraph{pin="28(1)"}', // 3
  "First paragraph.", // 4
  ":::", // 5
  "", // 6
  "More digest between blocks.", // 7
  "", // 8
  ':::paragraph{pin="28 (4)" verified="false" label="  Compelled technical help "}', // 9
  "Fourth paragraph, **unverified**.", // 10
  ":::", // 11
].join("\n");

describe("remarkParagraphBlocks", () => {
  it("lifts the blocks out and leaves the article-level digest in the tree", () => {
    const { tree, file, messages } = run(ARTICLE);
    expect(messages).toEqual([]);
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph", "paragraph"]);
    expect(toString(tree)).toBe("The article-level digest.More digest between blocks.");
    const blocks = file.data.paragraphBlocks ?? [];
    expect(blocks.map((block) => block.pin)).toEqual(["28(1)", "28(4)"]);
    expect(blocks.map((block) => toString({ type: "root", children: block.children }))).toEqual(["First paragraph.", "Fourth paragraph, unverified."]);
    expect(blocks.map((block) => block.position?.start.line)).toEqual([3, 9]);
  });

  it("normalises the pin and reads label and verified", () => {
    const [first, second] = run(ARTICLE).file.data.paragraphBlocks ?? [];
    expect(first).toMatchObject({ pin: "28(1)", label: undefined, verified: true });
    expect(second).toMatchObject({ pin: "28(4)", label: "Compelled technical help", verified: false });
  });

  it("normalises letters and roman numerals", () => {
    const { file, messages } = run(':::paragraph{pin="2 (H)"}\nx\n:::\n\n:::paragraph{pin="2(e)( ii )"}\ny\n:::', 2);
    expect(messages).toEqual([]);
    expect(file.data.paragraphBlocks?.map((block) => block.pin)).toEqual(["2(h)", "2(e)(ii)"]);
  });

  it("treats a blank label as no label", () => {
    expect(run(':::paragraph{pin="28(2)" label="   "}\nx\n:::').file.data.paragraphBlocks?.[0]?.label).toBeUndefined();
  });

  it("reports a block of another article at the block and drops it", () => {
    const { file, messages } = run('Digest.\n\n:::paragraph{pin="27(1)"}\nx\n:::');
    expect(messages).toEqual(["3:1 pinpoint-article-mismatch: paragraph 27(1) is not in article 28"]);
    expect(file.data.paragraphBlocks).toEqual([]);
  });

  it.each([
    ['pin="28.4"', '"28.4" is not a pinpoint like 28(4) or 2(h)'],
    ['pin="28(4)(ab)"', '"28(4)(ab)" is not a pinpoint like 28(4) or 2(h)'],
    ['label="no pin"', '"" is not a pinpoint like 28(4) or 2(h)'],
    ['pin="28"', '"28" names the whole article, not a paragraph'],
  ])("reports the bad pin in {%s}", (attributes, reason) => {
    const { file, messages } = run(`Digest.\n\n:::paragraph{${attributes}}\nx\n:::`);
    expect(messages).toEqual([`3:1 invalid-pinpoint: ${reason}`]);
    expect(file.data.paragraphBlocks).toEqual([]);
  });

  it("reports unknown attributes and a verified value other than true or false", () => {
    const { file, messages } = run(':::paragraph{pin="28(2)" verified="maybe" note="x"}\nx\n:::');
    expect(messages).toEqual([
      '1:1 invalid-field: unknown attribute "note" on a paragraph block',
      '1:1 invalid-field: verified must be "true" or "false", not "maybe"',
    ]);
    expect(file.data.paragraphBlocks?.map((block) => block.pin)).toEqual(["28(2)"]);
  });

  it("reports a block nested in another block", () => {
    const markdown = ['::::paragraph{pin="28(1)"}', "Outer.", "", ':::paragraph{pin="28(2)"}', "Inner.", ":::", "::::"].join("\n");
    const { file, messages } = run(markdown);
    expect(messages).toEqual(["4:1 nested-paragraph: paragraph blocks cannot be nested"]);
    expect(file.data.paragraphBlocks?.map((block) => block.pin)).toEqual(["28(1)"]);
  });

  it("reports a block that does not stand at the top level", () => {
    const { file, messages } = run('Digest.\n\n> :::paragraph{pin="28(1)"}\n> Quoted.\n> :::');
    expect(messages).toEqual(["3:3 nested-paragraph: paragraph blocks must stand at the top level"]);
    expect(file.data.paragraphBlocks).toEqual([]);
  });

  it("reports unknown container, leaf and text directives where they start", () => {
    const markdown = [":::note", "A note.", ":::", "", "::youtube[x]", "", "The rule:must apply."].join("\n");
    expect(run(markdown).messages).toEqual([
      '1:1 unknown-directive: unknown directive ":note"',
      '5:1 unknown-directive: unknown directive ":youtube"',
      '7:9 unknown-directive: unknown directive ":must"',
    ]);
  });

  it("reports unknown directives inside a block too", () => {
    const { file, messages } = run(':::paragraph{pin="28(1)"}\nSee :abbr[x] here.\n:::');
    expect(messages).toEqual(['2:5 unknown-directive: unknown directive ":abbr"']);
    expect(file.data.paragraphBlocks).toHaveLength(1);
  });

  it("leaves escaped colons alone", () => {
    const { messages, tree } = run("The rule\\:must apply.");
    expect(messages).toEqual([]);
    expect(toString(tree)).toBe("The rule:must apply.");
  });

  it("gives an empty list when the article has no blocks", () => {
    const { file, tree } = run("Only a digest.");
    expect(file.data.paragraphBlocks).toEqual([]);
    expect(tree.children).toHaveLength(1);
  });
});
