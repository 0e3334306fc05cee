import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DigestNotice } from "@/components/digest-notice";
import { StakeholderLens } from "@/components/lens.client";
import { LinkList } from "@/components/link-list";
import { OfficialText } from "@/components/official/official-text";
import { ParagraphAnchor } from "@/components/paragraph-view";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";
import { annotationsFor, getArticle, previousAndNext, referencedBy, referencesFrom, stakeholderGroups } from "@/lib/graph/queries";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().articles.map((article) => ({ number: String(article.number) }));
}

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle(getGraph(), Number((await params).number));
  if (!article) return {};
  const title = `Article ${article.number}: ${article.title}`;
  return { title, description: article.summary, openGraph: { title, description: article.summary, type: "article" }, alternates: { canonical: `/articles/${article.number}` } };
}

export default async function ArticlePage({ params }: Props) {
  const graph = getGraph();
  const article = getArticle(graph, Number((await params).number));
  if (!article) notFound();
  const chapter = graph.chapters.find((c) => c.numeral === article.chapter);
  const { previous, next } = previousAndNext(graph, article.number);
  const annotations = annotationsFor(graph, String(article.number));
  const articleLevel = annotations.filter((a) => a.provisions.includes(String(article.number)));
  const groups = stakeholderGroups(graph)
    .map((group) => ({ id: group.id, name: group.name, count: annotations.filter((a) => a.group === group.id).length }))
    .filter((option) => option.count > 0);
  const onParagraph = (pin: string) => annotations.filter((a) => a.provisions.includes(pin));
  const rootId = "article-body";

  return (
    <article id={rootId} data-article={article.number}>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: `/chapters/${chapter?.slug}`, label: `Chapter ${article.chapter}` }, { label: `Article ${article.number}` }]} />
      <p className="text-sm muted">
        Chapter {article.chapter}: {chapter?.title}
      </p>
      <h1 className="text-2xl font-bold">
        Article {article.number}. {article.title}
      </h1>
      <p className="text-lg mt-2">{article.summary}</p>
      <DigestNotice graph={graph} confidence={article.confidence} />
      <OfficialText scope={{ kind: "article", number: article.number }} />

      <section data-view="digest" aria-labelledby="digest-heading" data-lens-groups={[...new Set(articleLevel.map((a) => a.group))].join(" ")} data-lens-match="false" className="paragraph" id="digest">
        <h2 id="digest-heading" className="text-lg font-semibold">
          In brief
        </h2>
        <Prose html={article.digest.html} />
        <LensSlot graph={graph} annotations={articleLevel} slot="article" />
      </section>

      {article.paragraphs.length > 0 && (
        <section data-view="digest" aria-labelledby="paragraphs-heading" className="mt-6">
          <h2 id="paragraphs-heading" className="text-lg font-semibold">
            Paragraph by paragraph
          </h2>
          {article.paragraphs.map((paragraph) => {
            const here = onParagraph(paragraph.pin);
            return (
              <ParagraphAnchor key={paragraph.pin} paragraph={paragraph} shortTitle={graph.treaty.shortTitle} lensGroups={[...new Set(here.map((a) => a.group))]}>
                <LensSlot graph={graph} annotations={here} slot={paragraph.anchor} />
              </ParagraphAnchor>
            );
          })}
        </section>
      )}

      {article.topics.length > 0 && (
        <section aria-labelledby="topics-heading" className="my-4">
          <h2 id="topics-heading" className="text-lg font-semibold">
            Key issues
          </h2>
          <ul className="flex flex-wrap gap-2">
            {article.topics.map((slug) => {
              const topic = graph.topics.find((t) => t.slug === slug);
              return topic ? (
                <li key={slug}>
                  <Link href={`/topics/${slug}`}>{topic.title}</Link>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}

      <div className="grid md:grid-cols-2 gap-x-8">
        <LinkList id="references-heading" title="This article refers to" links={referencesFrom(graph, article.number)} empty="No other provision is referred to in our digest." />
        <LinkList id="referenced-by-heading" title="Referenced by" links={referencedBy(graph, article.number)} empty="No other digest refers to this article." />
      </div>

      <section aria-labelledby="commentary-heading" className="my-6">
        <h2 id="commentary-heading" className="text-lg font-semibold">
          What stakeholders said ({annotations.length})
        </h2>
        {annotations.length === 0 ? (
          <p className="muted text-sm">None of our sources comments on this article specifically.</p>
        ) : (
          <>
            <StakeholderLens options={groups} rootId={rootId} />
            <p data-lens-note hidden className="text-sm muted">
              The lens shows the chosen stakeholders&apos; commentary beside the paragraphs it concerns; other paragraphs are dimmed.
            </p>
            <div data-lens-all className="space-y-3">
              {annotations.map((annotation) => (
                <AnnotationCard key={annotation.id} graph={graph} annotation={annotation} />
              ))}
            </div>
          </>
        )}
      </section>

      <nav aria-label="Previous and next article" className="flex justify-between gap-4 border-t pt-4 no-print" style={{ borderColor: "var(--border)" }}>
        {previous ? (
          <Link href={`/articles/${previous.number}`} rel="prev">
            ← Article {previous.number}. {previous.title}
          </Link>
        ) : (
          <Link href="/preamble" rel="prev">← Preamble</Link>
        )}
        {next && (
          <Link href={`/articles/${next.number}`} rel="next" className="text-right">
            Article {next.number}. {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}

/** Hidden until the lens picks a stakeholder with commentary here. */
function LensSlot({ graph, annotations, slot }: { graph: ReturnType<typeof getGraph>; annotations: ReturnType<typeof annotationsFor>; slot: string }) {
  if (annotations.length === 0) return null;
  return (
    <div data-lens-slot hidden className="space-y-2 mt-2">
      {annotations.map((annotation) => (
        <AnnotationCard key={annotation.id} graph={graph} annotation={annotation} headingLevel={4} idPrefix={`lens-${slot}`} showProvisions={false} />
      ))}
    </div>
  );
}
