import { href } from "../graph/hrefs";
import type { ClauseGraph } from "../schema/graph";

/** The lineage pages, for the sitemap and the crawl: none when the content has no lineage. */
export function lineageSitePaths(graph: ClauseGraph): string[] {
  const { treaties } = graph.lineage;
  if (treaties.length === 0) return [];
  return [
    href.lineage(),
    ...treaties.map((treaty) => href.lineageTreaty(treaty.id)),
    ...treaties.flatMap((treaty) => treaty.articles.map((article) => href.lineageArticle(treaty.id, article.number))),
  ];
}
