import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse";
import { remarkNestingLimit } from "./remark-nesting-limit";

function check(markdown: string, maxDepth?: number) {
  const file = new VFile({ path: "content/about.md" });
  const tree = unified().use(remarkNestingLimit, { maxDepth }).runSync(parseMarkdown(markdown), file);
  return { tree, messages: file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason]) };
}

describe("remarkNestingLimit", () => {
  it("accepts ordinary nesting", () => {
    expect(check("> quote\n>\n> - item\n>   - *nested* item").messages).toEqual([]);
  });

  it("reports the first node past the limit at its position, once", () => {
    expect(check("Intro.\n\n> > > deep", 3).messages).toEqual([["nesting-too-deep", 3, 5, "Markdown nests more than 3 levels deep"]]);
  });

  it("accepts a tree exactly at the limit", () => {
    // root → blockquote → blockquote → paragraph → text: the deepest parent is at depth 3.
    expect(check("> > text", 4).messages).toEqual([]);
  });

  it("cuts the tree where it is too deep, so later stages cannot overflow", () => {
    const { tree, messages } = check(">".repeat(5000) + " deep");
    expect(messages).toHaveLength(1);
    let depth = 0;
    let node: { children?: unknown[] } = tree as { children?: unknown[] };
    while (node.children && node.children.length > 0) {
      node = node.children[0] as { children?: unknown[] };
      depth++;
    }
    expect(depth).toBe(500);
  });
});
