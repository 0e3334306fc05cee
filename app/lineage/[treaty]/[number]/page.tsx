import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { counterpartLabel, lineageArticle, lineageTreaty, placeOf, RELATION_LABELS, unArticlesMappedTo } from "@/lib/lineage/queries";
import { OfficialTextNotice } from "../../_components/official-text-notice";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().lineage.treaties.flatMap((treaty) => treaty.articles.map((article) => ({ treaty: treaty.id, number: String(article.number) })));
}

type Props = { params: Promise<{ treaty: string; number: string }> };

async function find(params: Props["params"]) {
  const { treaty: id, number } = await params;
  const graph = getGraph();
  const treaty = lineageTreaty(graph, id);
  const article = treaty ? lineageArticle(graph, treaty.id, Number(number)) : undefined;
  return { graph, treaty, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { graph, treaty, article } = await find(params);
  if (!treaty || !article) return {};
  const un = unArticlesMappedTo(graph, treaty.id, article.number).map((u) => u.article.number);
  const title = `${treaty.shortName}, article ${article.number}: ${article.title}`;
  const description =
    un.length > 0
      ? `${treaty.shortName} article ${article.number} (${article.title}) and the UN Convention against Cybercrime ${un.length === 1 ? "article" : "articles"} ${[...new Set(un)].join(", ")} that correspond to it.`
      : `${treaty.shortName} article ${article.number} (${article.title}) has no counterpart in the UN Convention against Cybercrime.`;
  return { title, description, alternates: { canonical: href.lineageArticle(treaty.id, article.number) } };
}

export default async function LineageArticlePage({ params }: Props) {
  const { graph, treaty, article } = await find(params);
  if (!treaty || !article) notFound();
  const rows = unArticlesMappedTo(graph, treaty.id, article.number);
  const place = placeOf(treaty, article);
  const position = treaty.articles.findIndex((a) => a.number === article.number);
  const [previous, next] = [treaty.articles[position - 1], treaty.articles[position + 1]];
  return (
    <article data-slot="lineage-article">
      <Breadcrumbs
        items={[
          { href: href.home(), label: "Home" },
          { href: href.lineage(), label: "Lineage" },
          { href: href.lineageTreaty(treaty.id), label: treaty.shortName },
          { label: `Article ${article.number}` },
        ]}
      />
      {place && <p className="text-sm muted">{place}</p>}
      <h1 className="text-2xl font-bold">
        {treaty.shortName}, article {article.number}. {article.title}
      </h1>
      <p className="mt-1 text-sm muted">
        {treaty.name} ({treaty.year})
        {article.paragraphs !== undefined &&
          ` · ${article.paragraphs === 0 ? "one unnumbered paragraph" : `${article.paragraphs} numbered paragraph${article.paragraphs === 1 ? "" : "s"}`}`}
      </p>
      <OfficialTextNotice treaty={treaty} />
      <section aria-labelledby="un-heading" className="my-6">
        <h2 id="un-heading" className="text-lg font-semibold">
          In the UN Convention against Cybercrime
        </h2>
        {rows.length === 0 ? (
          <p data-slot="no-counterpart">{article.note ?? "No UN article corresponds to this article."}</p>
        ) : (
          <ul className="space-y-3">
            {rows.map(({ article: un, mapping, counterpart }) => (
              <li key={`${un.number}-${counterpart.paragraph ?? ""}`} className="card p-3">
                <Link href={href.article(un.number)} className="font-semibold">
                  Article {un.number}. {un.title}
                </Link>
                <p className="text-sm muted">
                  Corresponds to {counterpartLabel(treaty, counterpart)}: {RELATION_LABELS[counterpart.relation].meaning}; confidence {counterpart.confidence}.
                </p>
                <p className="mt-1">
                  {mapping.note}{" "}
                  {mapping.unverified && (
                    <Link href={href.about("unverified")} className="badge no-underline stance-mixed">
                      Unverified
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <nav aria-label={`Previous and next ${treaty.shortName} article`} className="flex justify-between gap-4 border-t border-line pt-4 no-print">
        {previous ? (
          <Link href={href.lineageArticle(treaty.id, previous.number)} rel="prev">
            ← Article {previous.number}. {previous.title}
          </Link>
        ) : (
          <Link href={href.lineageTreaty(treaty.id)}>← All {treaty.shortName} articles</Link>
        )}
        {next && (
          <Link href={href.lineageArticle(treaty.id, next.number)} rel="next" className="text-right">
            Article {next.number}. {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}
