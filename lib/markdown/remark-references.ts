import type { Link, Root } from "mdast";
import type { VFile } from "vfile";
import { findReferences, targetKey, type ReferenceContext, type ReferenceTarget } from "../references";
import { pointInText, replaceInText } from "./replace-text";
import "./data-map";

export interface RemarkReferencesOptions {
  /** Where the prose sits, to resolve "paragraph 3 of this article". */
  context: ReferenceContext;
  /** The URL of a target that exists in the content, or undefined when it does not. */
  resolve: (target: ReferenceTarget) => string | undefined;
}

/**
 * Turns "article 28(4)", "articles 7 to 10", "paragraph 3 of this article" and the like into links,
 * records every target in `file.data.references`, and reports targets that do not exist.
 */
export function remarkReferences(options: RemarkReferencesOptions) {
  return (tree: Root, file: VFile) => {
    const found: ReferenceTarget[] = [];
    replaceInText(tree, (node) =>
      findReferences(node.value, options.context).flatMap((match) => {
        const missing = match.targets.filter((target) => options.resolve(target) === undefined);
        for (const target of missing) {
          file.message(`reference to ${describe(target)}, which does not exist in content/`, {
            place: pointInText(node, match.start),
            ruleId: "unknown-reference",
          });
        }
        found.push(...match.targets.filter((target) => !missing.includes(target)));
        return match.links.flatMap((link) => {
          const url = options.resolve(link.target);
          if (url === undefined) return [];
          const linkNode: Link = {
            type: "link",
            url,
            children: [{ type: "text", value: node.value.slice(link.start, link.end) }],
            data: { hProperties: { className: ["ref"], dataRef: targetKey(link.target) } },
          };
          return [{ start: link.start, end: link.end, node: linkNode }];
        });
      }),
    );
    file.data.references = found;
  };
}

function describe(target: ReferenceTarget): string {
  return target.kind === "chapter" ? `chapter ${target.numeral}` : `article ${targetKey(target)}`;
}
