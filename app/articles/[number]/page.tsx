import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ArticleNavigator, PageContents, type OutlineEntry } from "@/components/article-contents";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CitePanel } from "@/components/cite-panel";
import { ComparableProvisions } from "@/components/comparable-provisions";
import { DigestNotice } from "@/components/digest-notice";
import { JsonLd } from "@/components/json-ld";
import { StakeholderLens } from "@/components/lens.client";
import { LinkList } from "@/components/link-list";
import { MarginNotes } from "@/components/margin-notes";
import { OfficialText } from "@/components/official/official-text";
import { ParagraphAnchor } from "@/components/paragraph-view";
import { PreviousNext } from "@/components/previous-next";
import { Prose } from "@/components/prose";
import { badgeClass } from "@/components/ui/badge";
import { getGraph } from "@/lib/data";
import { BASIS_LABEL } from "@/lib/graph/basis";
import { href } from "@/lib/graph/hrefs";
import { chapterArticles, getArticle } from "@/lib/graph/queries";
import { articleView, type AnnotationView } from "@/lib/graph/views";
import { articleJsonLd } from "@/lib/open-data/json-ld";
import type { ArticleNode } from "@/lib/schema/graph";
import { absoluteUrl } from "@/lib/site";
import { READING_ROW } from "@/components/ui/reading";
import { cn } from "@/components/ui/cn";

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
  const outline = articleOutline(article, annotations.length > 0);
  const chapterRef = { numeral: article.chapter, title: chapter?.title ?? "" };

  return (
    <div data-layout="reading" className="wide:grid wide:grid-cols-[13rem_minmax(0,1fr)] wide:gap-10">
      <ArticleNavigator chapter={chapterRef} articles={chapter ? chapterArticles(graph, chapter) : []} current={article.number} outline={outline} />
      <article id={rootId} data-article={article.number} className="min-w-0">
        <JsonLd data={articleJsonLd(graph.treaty, article, absoluteUrl)} />
        <Breadcrumbs
          items={[
            { href: "/", label: "Home" },
            { href: href.chapter(article.chapter), label: `Chapter ${article.chapter}` },
            { label: `Article ${article.number}` },
          ]}
        />
        <PageContents title={`Article ${article.number}. ${article.title}`} outline={outline} chapter={chapterRef} previous={previous} next={next} />
        <header className="max-w-measure">
          <p className="text-sm text-ink-muted">
            Chapter {article.chapter}: {chapter?.title}
          </p>
          <h1 className="mt-1 text-2xl leading-tight font-bold text-balance sm:text-3xl">
            Article {article.number}. {article.title}
          </h1>
          <p className="mt-3 text-lg">{article.summary}</p>
          <div className="no-print my-2 text-sm">
            <CitePanel treaty={graph.treaty} pin={{ article: article.number }} summary="Cite this article" />
          </div>
        </header>
        <DigestNotice officialText={graph.treaty.officialText} basis={article.basis} />
        <OfficialText scope={{ kind: "article", number: article.number }} />

        <section
          data-view="digest"
          aria-labelledby="digest-heading"
          data-lens-groups={lensGroupsOf(articleLevel).join(" ")}
          data-lens-match="false"
          className={cn("paragraph", READING_ROW)}
          id="digest"
        >
          <div data-slot="paragraph-body" className="min-w-0 rounded-sm py-1">
            <h2 id="digest-heading" className="text-xl font-semibold">
              In brief
            </h2>
            <Prose html={article.digest.html} />
          </div>
          <MarginNotes views={articleLevel} slot="article" about={`article ${article.number} as a whole`} />
        </section>

        {article.paragraphs.length > 0 && (
          <section data-view="digest" aria-labelledby="paragraphs-heading" className="mt-8">
            <h2 id="paragraphs-heading" className="mb-2 text-xl font-semibold">
              Paragraph by paragraph
            </h2>
            <div className="space-y-2">
              {article.paragraphs.map((paragraph) => {
                const here = view.byParagraph.get(paragraph.pin) ?? [];
                return (
                  <ParagraphAnchor key={paragraph.pin} paragraph={paragraph} treaty={graph.treaty} lensGroups={lensGroupsOf(here)}>
                    <MarginNotes views={here} slot={paragraph.anchor} about={`article ${paragraph.pin}`} />
                  </ParagraphAnchor>
                );
              })}
            </div>
          </section>
        )}

        <div className="max-w-measure">
          {view.topics.length > 0 && (
            <section aria-labelledby="topics-heading" className="my-6">
              <h2 id="topics-heading" className="mb-2 text-lg font-semibold">
                Key issues
              </h2>
              <ul className="flex flex-wrap gap-2">
                {view.topics.map((topic) => (
                  <li key={topic.slug}>
                    <Link href={href.topic(topic.slug)} className={cn(badgeClass("neutral"), "min-h-8 px-2.5 text-sm font-medium text-link")}>
                      {topic.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <div id="references" className="grid gap-x-8 sm:grid-cols-2">
            <LinkList id="references-heading" title="This article refers to" links={view.references} empty="No other provision is referred to in our digest." />
            <LinkList id="referenced-by-heading" title="Referenced by" links={view.referencedBy} empty="No other digest refers to this article." />
          </div>

          <ComparableProvisions graph={graph} article={article.number} />

          <section aria-labelledby="commentary-heading" className="my-6">
            <h2 id="commentary-heading" className="text-lg font-semibold">
              What stakeholders said ({annotations.length})
            </h2>
            {annotations.length === 0 ? (
              <p className="text-sm text-ink-muted">None of our sources comments on this article specifically.</p>
            ) : (
              <>
                <p className="text-sm text-ink-muted">
                  Each comment sits beside the paragraph it concerns: in the margin on wide screens, under the paragraph on narrow ones.
                </p>
                <StakeholderLens options={view.lens} rootId={rootId} />
                <p data-lens-note hidden className="text-sm text-ink-muted">
                  The lens shows only the chosen stakeholders&apos; commentary; paragraphs they did not comment on are dimmed.
                </p>
              </>
            )}
          </section>
        </div>

        <PreviousNext
          label="Previous and next article"
          previous={
            previous
              ? { href: href.article(previous.number), label: `Article ${previous.number}. ${previous.title}` }
              : { href: href.preamble(), label: "Preamble" }
          }
          next={next && { href: href.article(next.number), label: `Article ${next.number}. ${next.title}` }}
        />
      </article>
    </div>
  );
}

/** "In brief", each top-level paragraph (with its label or first words), the commentary. */
function articleOutline(article: ArticleNode, hasCommentary: boolean): OutlineEntry[] {
  const paragraphs = article.paragraphs
    .filter((paragraph) => paragraph.depth === 1)
    .map((paragraph) => ({ fragment: `#${paragraph.anchor}`, label: paragraph.pin, detail: paragraph.label ?? paragraph.text.slice(0, 80) }));
  return [
    { fragment: "#digest", label: "In brief" },
    ...paragraphs,
    ...(hasCommentary ? [{ fragment: "#commentary-heading", label: "What stakeholders said" }] : []),
  ];
}

/** The groups whose own positions are here: what the lens matches a paragraph on. */
function lensGroupsOf(views: readonly AnnotationView[]): string[] {
  return [...new Set(views.filter((item) => item.annotation.kind === "position").map((item) => item.annotation.voiceGroup))];
}
