import type { Root, RootContent } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { nodeId, provisionNodeId } from "../../graph/ids";
import { plainText, renderHtml } from "../../markdown/render";
import { remarkReferences } from "../../markdown/remark-references";
import { remarkTerms } from "../../markdown/remark-terms";
import { targetKey, type ReferenceContext } from "../../references";
import type { Rendered } from "../../schema/graph";
import { collectMessages } from "../messages";
import type { IndexedContext } from "./context";
import { remarkHeadingIds } from "../../markdown/remark-heading-ids";

/** One piece of prose to render: a digest, a paragraph block, a definition, a text note. */
export interface Segment {
  /** The file it comes from, for problems. */
  path: string;
  children: readonly RootContent[];
  /** The node it belongs to: its reference and term edges start here. */
  from: string;
  /** Where the prose sits, to resolve "paragraph 3 of this article"; nowhere by default. */
  where?: ReferenceContext;
  /** Prefix that makes tooltip ids unique on a page (`t28-p4`). */
  idPrefix: string;
  /** Terms not linked here: the term a definition defines, the terms a paragraph defines. */
  excludeTerms?: ReadonlySet<string>;
}

/** What rendering needs from the linker's context. */
export type RenderContext = Pick<IndexedContext, "resolver" | "terms" | "edges" | "problems">;

/**
 * Renders one piece of prose: links its references and terms, records a `references` edge per
 * target and a `uses` edge per term linked, and reports references to what does not exist.
 */
export function renderSegment(ctx: RenderContext, segment: Segment): Rendered {
  const tree: Root = { type: "root", children: structuredClone([...segment.children]) };
  const text = plainText(tree);
  const file = new VFile({ path: segment.path });
  unified()
    .use(remarkHeadingIds)
    .use(remarkReferences, { context: segment.where ?? {}, resolve: ctx.resolver.urlOf })
    .use(remarkTerms, {
      matcher: ctx.terms.matcher,
      tipOf: (slug) => ctx.terms.tips.get(slug) ?? "",
      exclude: segment.excludeTerms,
      idPrefix: segment.idPrefix,
    })
    .runSync(tree, file);
  collectMessages(segment.path, file, ctx.problems);
  const seen = new Set<string>();
  for (const target of file.data.references ?? []) {
    const to = target.kind === "chapter" ? nodeId.chapter(target.numeral) : provisionNodeId(targetKey(target));
    if (to !== segment.from && !seen.has(to)) ctx.edges.push({ kind: "references", from: segment.from, to });
    seen.add(to);
  }
  for (const slug of file.data.termUses ?? []) ctx.edges.push({ kind: "uses", from: segment.from, to: nodeId.term(slug) });
  return { html: renderHtml(tree), text };
}
