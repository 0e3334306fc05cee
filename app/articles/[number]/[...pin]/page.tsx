import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DigestNotice } from "@/components/digest-notice";
import { JsonLd } from "@/components/json-ld";
import { LinkList } from "@/components/link-list";
import { OfficialText } from "@/components/official/official-text";
import { ParagraphAnchor } from "@/components/paragraph-view";
import { Prose } from "@/components/prose";
import { Card } from "@/components/ui/card";
import { getGraph } from "@/lib/data";
import { BASIS_LABEL } from "@/lib/graph/basis";
import { href, pinFromPath } from "@/lib/graph/hrefs";
import { annotationsFor, getArticle, getParagraph, paragraphReferencedBy, paragraphSubtree } from "@/lib/graph/queries";
import { annotationViews } from "@/lib/graph/views";
import { pinpointJsonLd } from "@/lib/open-data/json-ld";
import { absoluteUrl } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().articles.flatMap((article) =>
    article.paragraphs.map((paragraph) => ({ number: String(article.number), pin: href.pinpointPage(paragraph.pin).split("/").slice(3) })),
  );
}

type Props = { params: Promise<{ number: string; pin: string[] }> };

async function find(params: Props["params"]) {
  const { number, pin } = await params;
  const graph = getGraph();
  const pinText = pinFromPath(Number(number), pin.map(decodeURIComponent));
  const paragraph = pinText ? getParagraph(graph, pinText) : undefined;
  const article = paragraph && getArticle(graph, paragraph.article);
  return { graph, paragraph, article };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { paragraph, article } = await find(params);
  if (!paragraph || !article) return {};
  const title = `Article ${paragraph.pin}${paragraph.label ? `: ${paragraph.label}` : ""} (${article.title})`;
  const description = `${BASIS_LABEL[paragraph.basis.kind]}. ${paragraph.text}`.slice(0, 300);
  return { title, description, openGraph: { title, description, type: "article" }, alternates: { canonical: href.pinpointPage(paragraph.pin) } };
}

export default async function PinpointPage({ params }: Props) {
  const { graph, paragraph, article } = await find(params);
  if (!paragraph || !article) notFound();
  const parent = paragraph.parent ? getParagraph(graph, paragraph.parent) : undefined;
  const annotations = annotationViews(graph, annotationsFor(graph, paragraph.pin));
  const inArticle = href.pinpoint(paragraph.pin);
  return (
    <article>
      <JsonLd data={pinpointJsonLd(graph.treaty, article, paragraph, absoluteUrl)} />
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: href.chapter(article.chapter), label: `Chapter ${article.chapter}` },
          { href: href.article(article.number), label: `Article ${article.number}` },
          { label: paragraph.pin },
        ]}
      />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">
        Article {paragraph.pin}
        {paragraph.label ? `: ${paragraph.label}` : ""}
      </h1>
      <p className="mt-2 max-w-measure text-ink-muted">
        In{" "}
        <Link href={href.article(article.number)}>
          article {article.number}, {article.title}
        </Link>
        . <Link href={inArticle}>Read it in its place in the article</Link>.
      </p>
      <DigestNotice officialText={graph.treaty.officialText} basis={paragraph.basis} />
      <OfficialText scope={{ kind: "pinpoint", pin: paragraph.pin }} />
      <div data-view="digest">
        {parent && (
          <Card as="section" aria-labelledby="context-heading" className="my-3 max-w-measure p-3">
            <h2 id="context-heading" className="text-sm font-semibold">
              Context: <Link href={href.pinpointPage(parent.pin)}>{parent.pin}</Link> {parent.label}
            </h2>
            <Prose html={parent.html} className="text-sm" />
          </Card>
        )}
        {paragraphSubtree(article, paragraph.pin).map((p) => (
          <ParagraphAnchor key={p.pin} paragraph={p} treaty={graph.treaty} />
        ))}
      </div>
      <LinkList
        id="referenced-by-heading"
        title="Referenced by"
        links={paragraphReferencedBy(graph, paragraph.pin)}
        empty="No other digest refers to this paragraph."
      />
      <section aria-labelledby="commentary-heading" className="my-6 max-w-measure space-y-3">
        <h2 id="commentary-heading" className="text-lg font-semibold">
          What stakeholders said ({annotations.length})
        </h2>
        {annotations.length === 0 ? (
          <p className="text-ink-muted text-sm">
            None of our sources comments on this paragraph specifically; see{" "}
            <Link href={href.article(article.number, { anchor: "commentary-heading" })}>commentary on article {article.number}</Link>.
          </p>
        ) : (
          annotations.map((item) => <AnnotationCard key={item.annotation.id} view={item} />)
        )}
      </section>
    </article>
  );
}
