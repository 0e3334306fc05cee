import type { Root } from "mdast";
import type { ContainerDirective, LeafDirective, TextDirective } from "mdast-util-directive";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Whether a node is a `:name`, `::name` or `:::name` directive. */
export function isDirective(node: Node): node is ContainerDirective | LeafDirective | TextDirective {
  return node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective";
}

/** The one report for a directive content may not hold here. */
export function reportUnknownDirective(node: ContainerDirective | LeafDirective | TextDirective, file: VFile): void {
  file.message(`unknown directive ":${node.name}"`, { place: node.position, ruleId: "unknown-directive" });
}

/**
 * Reports every `:name`, `::name` or `:::name` directive. Only article bodies may hold
 * `:::paragraph` blocks (remark-paragraph-blocks lifts them out first); anywhere else a directive
 * is a mistake, such as "rule:must" swallowing a word.
 */
export function remarkNoDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (isDirective(node)) reportUnknownDirective(node, file);
    });
  };
}
