import type { Root } from "mdast";
import type { Node, Parent } from "unist";
import type { VFile } from "vfile";

/**
 * How deep a tree may nest. Real digests stay under 10 levels; a 200-level nested list (about
 * 400 levels of mdast) still renders. Deeper trees are reported, because every later stage
 * (visitors, remark-rehype, the HTML serialiser) recurses once per level and would overflow the
 * stack instead of failing with a message.
 */
export const MAX_NESTING_DEPTH = 500;

/**
 * Reports the first node nested deeper than `maxDepth` (rule `nesting-too-deep`) and cuts the
 * tree there, so the stages after it stay within the stack. The walk itself is iterative.
 */
export function remarkNestingLimit(options: { maxDepth?: number } = {}) {
  const maxDepth = options.maxDepth ?? MAX_NESTING_DEPTH;
  return (tree: Root, file: VFile) => {
    const stack: Array<{ node: Node; depth: number }> = [{ node: tree, depth: 0 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      const children = (node as Partial<Parent>).children;
      if (!children) continue;
      if (depth >= maxDepth) {
        file.message(`Markdown nests more than ${maxDepth} levels deep`, { place: node.position, ruleId: "nesting-too-deep" });
        (node as Parent).children = [];
        return;
      }
      for (const child of children) stack.push({ node: child, depth: depth + 1 });
    }
  };
}
