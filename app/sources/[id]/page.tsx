import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnnotationCard } from "@/components/annotation-card";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatPartialDate, SOURCE_KIND_LABEL } from "@/components/format";
import { getGraph } from "@/lib/data";
import { getSource, sourceAnnotations } from "@/lib/graph/queries";
import { annotationViews } from "@/lib/graph/views";
import { href } from "@/lib/graph/hrefs";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().sources.map((source) => ({ id: source.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSource(getGraph(), (await params).id);
  if (!source) return {};
  const description = `“${source.title}”, ${SOURCE_KIND_LABEL[source.kind].toLowerCase()} from ${source.outlet}: each claim it makes about the UN Convention against Cybercrime, in order and linked to its provisions.`;
  return { title: `Source: ${source.title}`, description, openGraph: { title: source.title, description } };
}

export default async function SourcePage({ params }: Props) {
  const graph = getGraph();
  const source = getSource(graph, (await params).id);
  if (!source) notFound();
  const annotations = annotationViews(graph, sourceAnnotations(graph, source.id));
  return (
    <article className="max-w-column">
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { href: href.sources(), label: "Sources" }, { label: source.title }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">{source.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 my-3 text-sm">
        <dt className="text-ink-muted">Kind</dt>
        <dd>{SOURCE_KIND_LABEL[source.kind]}</dd>
        <dt className="text-ink-muted">Outlet</dt>
        <dd>{source.outlet}</dd>
        <dt className="text-ink-muted">Author</dt>
        <dd>{source.author}</dd>
        <dt className="text-ink-muted">Published</dt>
        <dd>{formatPartialDate(source.published, source.approximate)}</dd>
        {source.datingNote && (
          <>
            <dt className="text-ink-muted">How we dated it</dt>
            <dd>{source.datingNote}</dd>
          </>
        )}
      </dl>
      <p className="text-sm text-ink-muted">We keep only this description, our paraphrases and short verbatim quotes; the full text is not reproduced here.</p>
      <section aria-labelledby="claims-heading" className="my-4">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Its claims, in the order it makes them ({annotations.length})
        </h2>
        <ol className="space-y-3">
          {annotations.map((item) => (
            <li key={item.annotation.id} id={item.annotation.id}>
              <AnnotationCard view={item} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
