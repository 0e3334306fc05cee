import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/**
 * Reports every `:name`, `::name` or `:::name` directive. Only article bodies may hold
 * `:::paragraph` blocks (remark-paragraph-blocks lifts them out first); anywhere else a directive
 * is a mistake, such as "rule:must" swallowing a word.
 */
export function remarkNoDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === "containerDirective" || node.type === "leafDirective" || node.type === "textDirective") {
        file.message(`unknown directive ":${node.name}"`, { place: node.position, ruleId: "unknown-directive" });
      }
    });
  };
}
