import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkDirective);

/** Parses Markdown (CommonMark plus `:::` directives) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
