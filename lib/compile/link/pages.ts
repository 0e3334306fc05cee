import { nodeId } from "../../graph/ids";
import type { PageNode, TopicNode } from "../../schema/graph";
import type { LoadedMarkdown } from "../load";
import type { IndexedContext } from "./context";
import { renderSegment } from "./render-segment";

/** Renders every topic page's text. */
export function linkTopics(ctx: IndexedContext): TopicNode[] {
  return ctx.content.topics.map((topic) => ({
    slug: topic.slug,
    title: topic.data.title,
    summary: topic.data.summary,
    ...renderSegment(ctx, { path: topic.path, children: topic.tree.children, from: nodeId.topic(topic.slug), idPrefix: `t-${topic.slug}` }),
  }));
}

/** Renders a single page (the preamble, the about page); `id` is its node id. */
export function linkPage(ctx: IndexedContext, page: LoadedMarkdown<{ title: string; summary: string }>, id: "preamble" | "about"): PageNode {
  return {
    title: page.data.title,
    summary: page.data.summary,
    ...renderSegment(ctx, { path: page.path, children: page.tree.children, from: id, idPrefix: `t-${id}` }),
  };
}
