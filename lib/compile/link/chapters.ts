import { nodeId } from "../../graph/ids";
import type { ArticleNode, ChapterNode } from "../../schema/graph";
import type { LinkContext } from "./context";

/** Stage "chapters": each chapter of chapters.yaml with its articles, contained by the treaty. */
export function linkChapters(ctx: LinkContext, articles: readonly ArticleNode[]): ChapterNode[] {
  return (ctx.content.chapters?.data ?? []).map((chapter) => {
    ctx.edges.push({ kind: "contains", from: "treaty", to: nodeId.chapter(chapter.numeral) });
    return {
      ...chapter,
      slug: chapter.numeral.toLowerCase(),
      articles: articles.filter((article) => article.chapter === chapter.numeral).map((article) => article.number),
    };
  });
}
