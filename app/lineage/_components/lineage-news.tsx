import { Link } from "@/components/ui/link";
import { href } from "@/lib/graph/hrefs";
import { counterpartLabel, lineageNews, lineageTreaty, unArticlesMappedTo } from "@/lib/lineage/queries";
import type { ClauseGraph } from "@/lib/schema/graph";
import type { CounterpartNode, MappingNode } from "@/lib/schema/lineage";

/** What is new in the UN Convention, each item linked: no counterpart anywhere, not in Budapest, widened, narrowed. */
export function LineageNews({ graph }: { graph: ClauseGraph }) {
  const news = lineageNews(graph);
  const title = (n: number) => graph.articles.find((a) => a.number === n)?.title ?? "";
  const budapest = lineageTreaty(graph, "budapest");
  const dropped = (budapest?.articles ?? []).filter((a) => unArticlesMappedTo(graph, "budapest", a.number).length === 0);
  return (
    <section aria-labelledby="news-heading" className="my-6" data-slot="lineage-news">
      <h2 id="news-heading" className="text-xl font-semibold">
        What is new
      </h2>
      <div className="grid md:grid-cols-2 gap-x-8">
        <div>
          <ArticleList heading="No counterpart in any of the three" articles={news.noCounterpart.map((m) => m.article)} title={title} />
          <ArticleList heading="Not in Budapest, taken from UNTOC or UNCAC" articles={news.notInBudapest.map((m) => m.article)} title={title} />
        </div>
        <div>
          {(["widened", "narrowed"] as const).map((relation) => (
            <div key={relation}>
              <h3 className="font-semibold mt-3">
                {relation === "widened" ? "Wider than the earlier provision" : "Narrower or softer than the earlier provision"}
              </h3>
              <ul className="list-disc pl-6">
                {groupByArticle(news[relation]).map(({ mapping, counterparts }) => (
                  <li key={mapping.article}>
                    <Link href={href.article(mapping.article)}>
                      Art. {mapping.article}. {title(mapping.article)}
                    </Link>
                    <span className="text-sm">
                      {" "}
                      <span className="muted">than</span>{" "}
                      {counterparts.map((counterpart, index) => {
                        const treaty = lineageTreaty(graph, counterpart.treaty);
                        return (
                          <span key={`${counterpart.treaty}-${counterpart.article}`}>
                            {index > 0 && ", "}
                            <Link href={href.lineageArticle(counterpart.treaty, counterpart.article)}>
                              {treaty ? counterpartLabel(treaty, counterpart) : counterpart.treaty}
                            </Link>
                          </span>
                        );
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <h3 className="font-semibold mt-3">Budapest articles the UN Convention leaves out ({dropped.length})</h3>
          <ul className="list-disc pl-6">
            {dropped.map((a) => (
              <li key={a.number}>
                <Link href={href.lineageArticle("budapest", a.number)}>
                  Art. {a.number}. {a.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** One entry per UN article, with every counterpart it relates to that way. */
function groupByArticle(rows: Array<{ mapping: MappingNode; counterpart: CounterpartNode }>): Array<{ mapping: MappingNode; counterparts: CounterpartNode[] }> {
  const groups: Array<{ mapping: MappingNode; counterparts: CounterpartNode[] }> = [];
  for (const { mapping, counterpart } of rows) {
    const last = groups.at(-1);
    if (last?.mapping === mapping) last.counterparts.push(counterpart);
    else groups.push({ mapping, counterparts: [counterpart] });
  }
  return groups;
}

/** A heading with its count and the UN articles under it, each linked. */
function ArticleList({ heading, articles, title }: { heading: string; articles: number[]; title: (n: number) => string | undefined }) {
  return (
    <>
      <h3 className="font-semibold mt-3">
        {heading} ({articles.length})
      </h3>
      <ul className="list-disc pl-6">
        {articles.map((n) => (
          <li key={n}>
            <Link href={href.article(n)}>
              Art. {n}. {title(n)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
