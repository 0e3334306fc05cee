import type { Parents, PhrasingContent, Root, Text } from "mdast";
import type { Point } from "unist";
import { SKIP, visit } from "unist-util-visit";

/** A span of a text node's value to replace with another inline node. */
export interface TextReplacement {
  start: number;
  end: number;
  node: PhrasingContent;
}

const SKIPPED_PARENTS = new Set(["link", "linkReference", "heading", "termRef"]);

/**
 * Calls `replace` on every text node that is not inside a link, heading or term, and splices the
 * returned spans into the tree. Shared by the reference and term plugins.
 */
export function replaceInText(tree: Root, replace: (node: Text) => TextReplacement[]): void {
  visit(tree, (node, index, parent) => {
    if (SKIPPED_PARENTS.has(node.type)) return SKIP;
    if (node.type !== "text" || parent === undefined || index === undefined) return;
    const spans = replace(node).sort((a, b) => a.start - b.start);
    if (spans.length === 0) return;
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    for (const span of spans) {
      if (span.start < cursor) continue;
      if (span.start > cursor) pieces.push({ type: "text", value: node.value.slice(cursor, span.start) });
      pieces.push(span.node);
      cursor = span.end;
    }
    if (cursor < node.value.length) pieces.push({ type: "text", value: node.value.slice(cursor) });
    (parent as Parents).children.splice(index, 1, ...(pieces as never[]));
    return [SKIP, index + pieces.length];
  });
}

/** The source position of a character inside a text node (soft line breaks stay in the value). */
export function pointInText(node: Text, offset: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, offset);
  const newlines = before.split("\n").length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + offset };
  return { line: start.line + newlines, column: before.length - before.lastIndexOf("\n") };
}
