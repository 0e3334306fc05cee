import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ComparableProvisions } from "@/components/comparable-provisions";
import { CitePanel } from "@/components/cite-panel";
import { DigestNotice } from "@/components/digest-notice";
import { JsonLd } from "@/components/json-ld";
import { StakeholderLens } from "@/components/lens.client";
import { LinkList } from "@/components/link-list";
import { OfficialText } from "@/components/official/official-text";
import { ParagraphAnchor } from "@/components/paragraph-view";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";
import { BASIS_LABEL } from "@/lib/graph/basis";
import { href } from "@/lib/graph/hrefs";
import { getArticle } from "@/lib/graph/queries";
import { articleView, type AnnotationView } from "@/lib/graph/views";
import { articleJsonLd } from "@/lib/open-data/json-ld";
import { absoluteUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().articles.map((article) => ({ number: String(article.number) }));
}

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle(getGraph(), Number((await params).number));
  if (!article) return {};
  const title = `Article ${article.number}: ${article.title}`;
  const description = `${BASIS_LABEL[article.basis.kind]}. ${article.summary}`;
  return { title, description, openGraph: { title, description, type: "article" }, alternates: { canonical: href.article(article.number) } };
}

export default async function ArticlePage({ params }: Props) {
  const graph = getGraph();
  const view = articleView(graph, Number((await params).number));
  if (!view) notFound();
  const { article, chapter, previous, next, annotations, articleLevel } = view;
  const rootId = "article-body";

  return (
    <article id={rootId} data-article={article.number}>
      <JsonLd data={articleJsonLd(graph.treaty, article, absoluteUrl)} />
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: href.chapter(article.chapter), label: `Chapter ${article.chapter}` }, { label: `Article ${article.number}` }]} />
      <p className="text-sm muted">
        Chapter {article.chapter}: {chapter?.title}
      </p>
      <h1 className="text-2xl font-bold">
        Article {article.number}. {article.title}
      </h1>
      <p className="text-lg mt-2">{article.summary}</p>
      <div className="no-print text-sm my-2">
        <CitePanel treaty={graph.treaty} pin={{ article: article.number }} summary="Cite this article" />
      </div>
      <DigestNotice officialText={graph.treaty.officialText} basis={article.basis} />
      <OfficialText scope={{ kind: "article", number: article.number }} />

      <section data-view="digest" aria-labelledby="digest-heading" data-lens-groups={lensGroupsOf(articleLevel).join(" ")} data-lens-match="false" className="paragraph" id="digest">
        <h2 id="digest-heading" className="text-lg font-semibold">
          In brief
        </h2>
        <Prose html={article.digest.html} />
        <LensSlot views={articleLevel} slot="article" />
      </section>

      {article.paragraphs.length > 0 && (
        <section data-view="digest" aria-labelledby="paragraphs-heading" className="mt-6">
          <h2 id="paragraphs-heading" className="text-lg font-semibold">
            Paragraph by paragraph
          </h2>
          {article.paragraphs.map((paragraph) => {
            const here = view.byParagraph.get(paragraph.pin) ?? [];
            return (
              <ParagraphAnchor key={paragraph.pin} paragraph={paragraph} treaty={graph.treaty} lensGroups={lensGroupsOf(here)}>
                <LensSlot views={here} slot={paragraph.anchor} />
              </ParagraphAnchor>
            );
          })}
        </section>
      )}

      {view.topics.length > 0 && (
        <section aria-labelledby="topics-heading" className="my-4">
          <h2 id="topics-heading" className="text-lg font-semibold">
            Key issues
          </h2>
          <ul className="flex flex-wrap gap-2">
            {view.topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={href.topic(topic.slug)}>{topic.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid md:grid-cols-2 gap-x-8">
        <LinkList id="references-heading" title="This article refers to" links={view.references} empty="No other provision is referred to in our digest." />
        <LinkList id="referenced-by-heading" title="Referenced by" links={view.referencedBy} empty="No other digest refers to this article." />
      </div>

      <ComparableProvisions graph={graph} article={article.number} />
      <section aria-labelledby="commentary-heading" className="my-6">
        <h2 id="commentary-heading" className="text-lg font-semibold">
          What stakeholders said ({annotations.length})
        </h2>
        {annotations.length === 0 ? (
          <p className="muted text-sm">None of our sources comments on this article specifically.</p>
        ) : (
          <>
            <StakeholderLens options={view.lens} rootId={rootId} />
            <p data-lens-note hidden className="text-sm muted">
              The lens shows the chosen stakeholders&apos; commentary beside the paragraphs it concerns; other paragraphs are dimmed.
            </p>
            <div data-lens-all className="space-y-3">
              {annotations.map((item) => (
                <AnnotationCard key={item.annotation.id} view={item} />
              ))}
            </div>
          </>
        )}
      </section>

      <nav aria-label="Previous and next article" className="flex justify-between gap-4 border-t pt-4 no-print" style={{ borderColor: "var(--border)" }}>
        {previous ? (
          <Link href={href.article(previous.number)} rel="prev">
            ← Article {previous.number}. {previous.title}
          </Link>
        ) : (
          <Link href={href.preamble()} rel="prev">← Preamble</Link>
        )}
        {next && (
          <Link href={href.article(next.number)} rel="next" className="text-right">
            Article {next.number}. {next.title} →
          </Link>
        )}
      </nav>
    </article>
  );
}

/** The groups whose own positions are here: what the lens matches a paragraph on. */
function lensGroupsOf(views: readonly AnnotationView[]): string[] {
  return [...new Set(views.filter((item) => item.annotation.kind === "position").map((item) => item.annotation.voiceGroup))];
}

/** Hidden until the lens picks a stakeholder with commentary here. */
function LensSlot({ views, slot }: { views: readonly AnnotationView[]; slot: string }) {
  if (views.length === 0) return null;
  return (
    <div data-lens-slot hidden className="space-y-2 mt-2">
      {views.map((item) => (
        <AnnotationCard key={item.annotation.id} view={item} headingLevel={4} idPrefix={`lens-${slot}`} showProvisions={false} />
      ))}
    </div>
  );
}
