import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

/** Allow-list: GitHub's schema plus the classes and data attributes our own plugins add. */
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  // Digests carry no images; links are site paths or http(s).
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== "img"),
  protocols: { ...defaultSchema.protocols, href: ["http", "https"], src: ["http", "https"] },
  attributes: {
    ...defaultSchema.attributes,
    a: ["href", ["className", "ref", "term-link"], "dataRef", "dataTerm", "ariaDescribedBy"],
    span: [["className", "term", "term-tip"], ["role", "tooltip"], "id"],
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
  },
};

const renderer = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

/** Renders mdast to sanitised HTML. Runs at build time only; the browser never parses Markdown. */
export function renderHtml(tree: Root): string {
  return renderer.stringify(renderer.runSync(tree)).trim();
}

const BLOCK_CONTAINERS = new Set(["root", "list", "listItem", "blockquote"]);

/** Plain text of a tree, for search, tooltips and link previews; blocks are separated by a space. */
export function plainText(tree: Root | RootContent): string {
  const text =
    BLOCK_CONTAINERS.has(tree.type) && "children" in tree
      ? (tree.children as RootContent[]).map((child) => plainText(child)).join(" ")
      : toString(tree, { includeHtml: false });
  return text.replace(/\s+/gu, " ").trim();
}
