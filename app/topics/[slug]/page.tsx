import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { annotationsByGroup, getTopic, topicAnnotations, topicArticles } from "@/lib/graph/queries";
import { annotationViews } from "@/lib/graph/views";
import { BasisBadge } from "@/components/basis-badge";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().topics.map((topic) => ({ slug: topic.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic(getGraph(), (await params).slug);
  if (!topic) return {};
  return { title: `Key issue: ${topic.title}`, description: topic.summary, openGraph: { title: topic.title, description: topic.summary } };
}

export default async function TopicPage({ params }: Props) {
  const graph = getGraph();
  const topic = getTopic(graph, (await params).slug);
  if (!topic) notFound();
  const articles = topicArticles(graph, topic.slug);
  const annotations = topicAnnotations(graph, topic.slug);
  const groups = annotationsByGroup(graph, annotations).map(({ group, annotations: list }) => ({ group, views: annotationViews(graph, list) }));
  return (
    <article className="max-w-column">
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { href: href.topics(), label: "Key issues" }, { label: topic.title }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">{topic.title}</h1>
      <p className="mt-3 max-w-measure text-lg">{topic.summary}</p>
      <Prose html={topic.html} className="mt-3 max-w-measure" />
      <section aria-labelledby="provisions-heading" className="my-4">
        <h2 id="provisions-heading" className="text-lg font-semibold">
          Provisions ({articles.length})
        </h2>
        <ul className="space-y-2">
          {articles.map((article) => (
            <li key={article.number}>
              <Link href={href.article(article.number)}>
                Article {article.number}. {article.title}
              </Link>
              <p className="text-sm text-ink-muted">{article.summary}</p>
              <BasisBadge basis={article.basis} id={`a${article.number}`} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="commentary-heading" className="my-4">
        <h2 id="commentary-heading" className="text-lg font-semibold">
          What stakeholders said ({annotations.length})
        </h2>
        {groups.length === 0 && <p className="text-ink-muted">None of our sources comments on this issue.</p>}
        {groups.map(({ group, views }) => (
          <section key={group.id} aria-labelledby={`group-${group.id}`} className="my-4 space-y-3">
            <h3 id={`group-${group.id}`} className="font-semibold">
              <Link href={href.stakeholder(group)}>{group.name}</Link> ({views.length})
            </h3>
            {views.map((item) => (
              <AnnotationCard key={item.annotation.id} view={item} headingLevel={4} />
            ))}
          </section>
        ))}
      </section>
    </article>
  );
}
