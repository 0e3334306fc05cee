import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DigestNotice } from "@/components/digest-notice";
import { LinkList } from "@/components/link-list";
import { OfficialText } from "@/components/official/official-text";
import { ParagraphAnchor } from "@/components/paragraph-view";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";
import { annotationsFor, getArticle, getParagraph, paragraphReferencedBy, paragraphSubtree } from "@/lib/graph/queries";
import { formatPinpoint, pinpointFromPathSegments, pinpointHref } from "@/lib/pinpoint";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().articles.flatMap((article) =>
    article.paragraphs.map((paragraph) => ({ number: String(article.number), pin: paragraph.path.split("/").slice(3) })),
  );
}

type Props = { params: Promise<{ number: string; pin: string[] }> };

async function find(params: Props["params"]) {
  const { number, pin } = await params;
  const graph = getGraph();
  const parsed = pinpointFromPathSegments(Number(number), pin.map(decodeURIComponent));
  const paragraph = parsed && getParagraph(graph, formatPinpoint(parsed));
  const article = paragraph && getArticle(graph, paragraph.article);
  return { graph, paragraph, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { paragraph, article } = await find(params);
  if (!paragraph || !article) return {};
  const title = `Article ${paragraph.pin}${paragraph.label ? `: ${paragraph.label}` : ""} (${article.title})`;
  const description = `${paragraph.verified ? "" : "Unverified. "}${paragraph.text}`.slice(0, 300);
  return { title, description, openGraph: { title, description, type: "article" }, alternates: { canonical: paragraph.path } };
}

export default async function PinpointPage({ params }: Props) {
  const { graph, paragraph, article } = await find(params);
  if (!paragraph || !article) notFound();
  const parent = paragraph.parent ? getParagraph(graph, paragraph.parent) : undefined;
  const annotations = annotationsFor(graph, paragraph.pin);
  const inArticle = pinpointHref(pinpointFromPathSegments(article.number, paragraph.path.split("/").slice(3))!);
  return (
    <article>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: `/chapters/${article.chapter.toLowerCase()}`, label: `Chapter ${article.chapter}` },
          { href: `/articles/${article.number}`, label: `Article ${article.number}` },
          { label: paragraph.pin },
        ]}
      />
      <h1 className="text-2xl font-bold">
        Article {paragraph.pin}
        {paragraph.label ? `: ${paragraph.label}` : ""}
      </h1>
      <p className="muted">
        In <Link href={`/articles/${article.number}`}>article {article.number}, {article.title}</Link>. <Link href={inArticle}>Read it in its place in the article</Link>.
      </p>
      <DigestNotice graph={graph} confidence={paragraph.verified ? article.confidence : "low"} />
      <OfficialText scope={{ kind: "pinpoint", pin: paragraph.pin }} />
      <div data-view="digest">
        {parent && (
          <section aria-labelledby="context-heading" className="card p-3 my-3">
            <h2 id="context-heading" className="text-sm font-semibold">
              Context: <Link href={parent.path}>{parent.pin}</Link> {parent.label}
            </h2>
            <Prose html={parent.html} className="text-sm" />
          </section>
        )}
        {paragraphSubtree(article, paragraph.pin).map((p) => (
          <ParagraphAnchor key={p.pin} paragraph={p} shortTitle={graph.treaty.shortTitle} />
        ))}
      </div>
      <LinkList id="referenced-by-heading" title="Referenced by" links={paragraphReferencedBy(graph, paragraph.pin)} empty="No other digest refers to this paragraph." />
      <section aria-labelledby="commentary-heading" className="my-6 space-y-3">
        <h2 id="commentary-heading" className="text-lg font-semibold">
          What stakeholders said ({annotations.length})
        </h2>
        {annotations.length === 0 ? (
          <p className="muted text-sm">
            None of our sources comments on this paragraph specifically; see <Link href={`/articles/${article.number}#commentary-heading`}>commentary on article {article.number}</Link>.
          </p>
        ) : (
          annotations.map((annotation) => <AnnotationCard key={annotation.id} graph={graph} annotation={annotation} />)
        )}
      </section>
    </article>
  );
}
