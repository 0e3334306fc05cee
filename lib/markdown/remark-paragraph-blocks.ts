import type { Root, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { normalizePinpoint, parsePinpoint } from "../pinpoint";
import { isDirective, reportUnknownDirective } from "./remark-no-directives";
import type { ParagraphBlock } from "./data-map";

/** One `:::paragraph{pin="28(4)"}` block: a paragraph's own digest. */
export type { ParagraphBlock };

const ATTRIBUTES = new Set(["pin", "label", "verified"]);

/**
 * Lifts top-level `:::paragraph` blocks out of an article body into `file.data.paragraphBlocks`,
 * leaving the article-level digest in the tree. Any other directive is an error.
 */
export function remarkParagraphBlocks(options: { article: number }) {
  return (tree: Root, file: VFile) => {
    const blocks: ParagraphBlock[] = [];
    const digest: RootContent[] = [];
    for (const node of tree.children) {
      if (node.type === "containerDirective" && node.name === "paragraph") {
        const block = readBlock(node, options.article, file);
        if (block) blocks.push(block);
      } else {
        digest.push(node);
      }
    }
    tree.children = digest;
    for (const block of blocks) reportStrayDirectives({ type: "root", children: block.children }, file, true);
    reportStrayDirectives(tree, file, false);
    file.data.paragraphBlocks = blocks;
  };
}

function readBlock(node: ContainerDirective, article: number, file: VFile): ParagraphBlock | undefined {
  const attributes = node.attributes ?? {};
  for (const name of Object.keys(attributes)) {
    if (!ATTRIBUTES.has(name)) file.message(`unknown attribute "${name}" on a paragraph block`, { place: node.position, ruleId: "invalid-field" });
  }
  const pinText = attributes.pin ?? "";
  const pin = normalizePinpoint(pinText);
  if (!pin) {
    file.message(`"${pinText}" is not a pinpoint like 28(4) or 2(h)`, { place: node.position, ruleId: "invalid-pinpoint" });
    return undefined;
  }
  const parsed = parsePinpoint(pin)!;
  if (parsed.article !== article) {
    file.message(`paragraph ${pin} is not in article ${article}`, { place: node.position, ruleId: "pinpoint-article-mismatch" });
    return undefined;
  }
  if (parsed.paragraph === undefined && parsed.letter === undefined) {
    file.message(`"${pin}" names the whole article, not a paragraph`, { place: node.position, ruleId: "invalid-pinpoint" });
    return undefined;
  }
  const verified = attributes.verified ?? "true";
  if (verified !== "true" && verified !== "false") {
    file.message(`verified must be "true" or "false", not "${verified}"`, { place: node.position, ruleId: "invalid-field" });
  }
  const label = attributes.label?.trim();
  return { pin, label: label || undefined, verified: verified !== "false", children: node.children, position: node.position };
}

function reportStrayDirectives(tree: Root, file: VFile, insideBlock: boolean): void {
  visit(tree, (node) => {
    if (node.type === "containerDirective" && node.name === "paragraph") {
      file.message(insideBlock ? "paragraph blocks cannot be nested" : "paragraph blocks must stand at the top level", {
        place: node.position,
        ruleId: "nested-paragraph",
      });
    } else if (isDirective(node)) {
      reportUnknownDirective(node, file);
    }
  });
}
