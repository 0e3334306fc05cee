import { href } from "../graph/hrefs";
import { nodeId } from "../graph/ids";
import type { ClauseGraph } from "../schema/graph";
import type { SearchRecord } from "./record";

/**
 * One search record per listed article of an earlier treaty (Budapest, UNTOC, UNCAC), leading to
 * its lineage page. Its names are the ways people cite it ("Budapest article 19", "UNTOC 18"),
 * so such a query finds it first; its text names the UN articles that map to it.
 */
export function lineageSearchRecords(graph: ClauseGraph): SearchRecord[] {
  const unTitle = new Map(graph.articles.map((a) => [a.number, a.title]));
  const mappedTo = new Map<string, number[]>();
  for (const mapping of graph.lineage.mappings) {
    for (const c of mapping.counterparts) {
      const at = nodeId.counterpart(c.treaty, c.article);
      if (!mappedTo.get(at)?.includes(mapping.article)) mappedTo.set(at, [...(mappedTo.get(at) ?? []), mapping.article]);
    }
  }
  return graph.lineage.treaties.flatMap((treaty) =>
    treaty.articles.map((article) => {
      const id = nodeId.counterpart(treaty.id, article.number);
      const un = (mappedTo.get(id) ?? []).map((n) => `UN article ${n}, ${unTitle.get(n) ?? ""}`);
      return {
        id,
        kind: "provision" as const,
        pin: treaty.shortName,
        // Not the bare title: "Extradition" or "24/7 Network" alone would tie with the UN article.
        title: `${treaty.shortName}, article ${article.number}: ${article.title}`,
        names: citations(treaty.shortName, article.number),
        text: un.length > 0 ? `Comparable UN provisions: ${un.join("; ")}.` : (article.note ?? "No UN counterpart."),
        href: href.lineageArticle(treaty.id, article.number),
      };
    }),
  );
}

/**
 * How people cite an article: "Budapest Convention article 19"; an acronym also bare, "UNTOC 18".
 * A two-word name is not cited bare, and a short name holding "Budapest" would outrank the
 * key-issue page for the query "budapest".
 */
function citations(shortName: string, n: number): string[] {
  return /^[A-Z]+$/u.test(shortName) ? [`${shortName} article ${n}`, `${shortName} ${n}`] : [`${shortName} article ${n}`];
}
