import { nodeId, provisionNodeId } from "../../graph/ids";
import { plainText } from "../../markdown/render";
import { buildTermMatcher } from "../../markdown/term-matcher";
import type { TermNode } from "../../schema/graph";
import type { IndexedContext, LinkContext, Resolver, TermIndex } from "./context";
import { renderSegment } from "./render-segment";

const TIP_LENGTH = 220;

/** The first sentence (or so) of a definition, for the hover/focus tooltip. */
export function tipFrom(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  return sentence.length > TIP_LENGTH ? `${sentence.slice(0, TIP_LENGTH - 1).trimEnd()}…` : sentence;
}

/**
 * Stage "terms", first half (before any prose is rendered): the matcher over every term's forms,
 * each term's tooltip, and the `defines` edges; a `definedAt` that names no paragraph is reported.
 */
export function indexTerms(ctx: LinkContext, resolver: Resolver): TermIndex {
  const { terms } = ctx.content;
  const tips = new Map(terms.map((term) => [term.slug, tipFrom(plainText(term.tree))]));
  const matcher = buildTermMatcher(terms.map((term) => ({ slug: term.slug, forms: [term.data.term, ...term.data.aliases, ...term.data.plurals] })));
  const definedAt = new Map<string, Set<string>>();
  for (const term of terms) {
    const at = term.data.definedAt;
    if (at === undefined) continue;
    if (!resolver.exists(at)) {
      ctx.problems.add(term.path, term.source.positionOf(["definedAt"]), "unknown-term-definition", `definedAt ${at} is not a paragraph in content/`);
      continue;
    }
    definedAt.set(at, new Set([...(definedAt.get(at) ?? []), term.slug]));
    ctx.edges.push({ kind: "defines", from: provisionNodeId(at), to: nodeId.term(term.slug) });
  }
  return { matcher, tips, definedAt };
}

/** Stage "terms", second half: renders each definition, which never links its own term. */
export function linkTerms(ctx: IndexedContext): TermNode[] {
  return ctx.content.terms.map((term) => ({
    slug: term.slug,
    term: term.data.term,
    aliases: term.data.aliases,
    plurals: term.data.plurals,
    definedAt: term.data.definedAt,
    tip: ctx.terms.tips.get(term.slug) ?? "",
    ...renderSegment(ctx, {
      path: term.path,
      children: term.tree.children,
      from: nodeId.term(term.slug),
      idPrefix: `t-${term.slug}`,
      excludeTerms: new Set([term.slug]),
    }),
  }));
}
