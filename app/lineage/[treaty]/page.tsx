import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { lineageTreaty, placeOf, unArticlesMappedTo } from "@/lib/lineage/queries";
import type { LineageArticle } from "@/lib/schema/lineage";
import { OfficialTextNotice } from "../_components/official-text-notice";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().lineage.treaties.map((treaty) => ({ treaty: treaty.id }));
}

type Props = { params: Promise<{ treaty: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const treaty = lineageTreaty(getGraph(), (await params).treaty);
  if (!treaty) return {};
  const title = `${treaty.shortName} (${treaty.year}) and the UN Convention`;
  const description = `The articles of the ${treaty.name} (${treaty.year}) ${treaty.complete ? "" : "that UN articles map to "}with the UN Convention against Cybercrime articles that correspond to each.`;
  return { title, description, alternates: { canonical: href.lineageTreaty(treaty.id) } };
}

export default async function LineageTreatyPage({ params }: Props) {
  const graph = getGraph();
  const treaty = lineageTreaty(graph, (await params).treaty);
  if (!treaty) notFound();
  // Consecutive articles in the same chapter and section form one group.
  const groups: Array<{ place: string; articles: LineageArticle[] }> = [];
  for (const article of treaty.articles) {
    const place = placeOf(treaty, article);
    const last = groups.at(-1);
    if (last && last.place === place) last.articles.push(article);
    else groups.push({ place, articles: [article] });
  }
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { href: href.lineage(), label: "Lineage" }, { label: treaty.shortName }]} />
      <h1 className="text-2xl font-bold">
        {treaty.name} ({treaty.shortName}, {treaty.year})
      </h1>
      <p className="mt-2">
        {treaty.complete
          ? `All ${treaty.articleCount} articles, each with the UN articles that correspond to it.`
          : `The ${treaty.articles.length} of its ${treaty.articleCount} articles that a UN article corresponds to.`}{" "}
        Depositary: {treaty.depositary}.
      </p>
      <OfficialTextNotice treaty={treaty} />
      {groups.map((group, index) => (
        <section key={`${group.place}-${index}`} className="my-4" aria-label={group.place || `${treaty.shortName} articles`}>
          {group.place && <h2 className="text-base font-semibold">{group.place}</h2>}
          <ul className="list-disc pl-6">
            {group.articles.map((article) => {
              const un = unArticlesMappedTo(graph, treaty.id, article.number);
              return (
                <li key={article.number}>
                  <Link href={href.lineageArticle(treaty.id, article.number)}>
                    Art. {article.number}. {article.title}
                  </Link>{" "}
                  <span className="text-sm muted">
                    {un.length === 0 ? "no UN counterpart" : `UN ${[...new Set(un.map((u) => u.article.number))].map((n) => `art. ${n}`).join(", ")}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
