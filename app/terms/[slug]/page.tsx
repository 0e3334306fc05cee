import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";
import { getParagraph, getTerm, termUsages } from "@/lib/graph/queries";
import { href } from "@/lib/graph/hrefs";
import { BasisBadge } from "@/components/basis-badge";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().terms.map((term) => ({ slug: term.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = getTerm(getGraph(), (await params).slug);
  if (!term) return {};
  return { title: `“${term.term}”: defined term`, description: term.tip, openGraph: { title: term.term, description: term.tip } };
}

export default async function TermPage({ params }: Props) {
  const graph = getGraph();
  const term = getTerm(graph, (await params).slug);
  if (!term) notFound();
  const definition = term.definedAt ? getParagraph(graph, term.definedAt) : undefined;
  const usages = termUsages(graph, term.slug);
  return (
    <article className="max-w-column">
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { href: href.terms(), label: "Terms" }, { label: term.term }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">{term.term}</h1>
      {(term.aliases.length > 0 || term.plurals.length > 0) && <p className="text-sm text-ink-muted">Also: {[...term.aliases, ...term.plurals].join(", ")}</p>}
      <Prose html={term.html} className="mt-3 max-w-measure" />
      <section aria-labelledby="defined-heading" className="my-4">
        <h2 id="defined-heading" className="text-lg font-semibold">
          Where it is defined
        </h2>
        {term.definedAt ? (
          <p>
            <Link href={href.pinpoint(term.definedAt)} data-slot="definition-link">
              Article {term.definedAt}
              {definition?.label ? `: ${definition.label}` : ""}
            </Link>
            {definition && <BasisBadge basis={definition.basis} id="definition" />}
          </p>
        ) : (
          <p className="text-ink-muted">
            The Convention does not define this term in article 2; it is a key term readers look for. The digest above says where it matters.
          </p>
        )}
      </section>
      <section aria-labelledby="used-heading" className="my-4">
        <h2 id="used-heading" className="text-lg font-semibold">
          Where it is used ({usages.reduce((sum, group) => sum + group.places.length, 0)})
        </h2>
        {usages.length === 0 ? (
          <p className="text-ink-muted">No digest uses this term yet.</p>
        ) : (
          <ul className="space-y-2" data-slot="usages">
            {usages.map(({ article, places }) => (
              <li key={article.number}>
                <Link href={href.article(article.number)} className="font-semibold">
                  Article {article.number}. {article.title}
                </Link>
                <ul className="pl-5 list-disc text-sm">
                  {places.map((place) => (
                    <li key={place.id}>
                      <Link href={place.href}>{place.id.startsWith("article:") ? "Article digest" : place.label}</Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
