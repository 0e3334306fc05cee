import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Relative paths, in-page anchors and http(s) URLs; anything else (javascript:, data:, vbscript:) is refused. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (/^(?:\/(?!\/)|#|\.{1,2}\/)/u.test(trimmed)) return true;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Reports what content must not contain: raw HTML, images, and links that are not relative or http(s).
 * The renderer also sanitises on an allow-list; this plugin makes the author fix the source.
 */
export function remarkSafeMarkdown() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === "html") {
        file.message("raw HTML is not allowed", { place: node.position, ruleId: "raw-html" });
      } else if (node.type === "image" || node.type === "imageReference") {
        file.message("images are not allowed in digests", { place: node.position, ruleId: "image-not-allowed" });
      } else if ((node.type === "link" || node.type === "definition") && !isSafeUrl(node.url)) {
        file.message(`link target "${node.url.slice(0, 60)}" is not allowed`, { place: node.position, ruleId: "unsafe-link" });
      }
    });
  };
}
