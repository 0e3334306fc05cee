import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { getArticle } from "@/lib/graph/queries";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().chapters.map((chapter) => ({ numeral: chapter.slug }));
}

type Props = { params: Promise<{ numeral: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { numeral } = await params;
  const chapter = getGraph().chapters.find((c) => c.slug === numeral);
  if (!chapter) return {};
  const title = `Chapter ${chapter.numeral}: ${chapter.title}`;
  return { title, description: chapter.summary, openGraph: { title, description: chapter.summary } };
}

export default async function ChapterPage({ params }: Props) {
  const { numeral } = await params;
  const graph = getGraph();
  const index = graph.chapters.findIndex((c) => c.slug === numeral);
  const chapter = graph.chapters[index];
  if (!chapter) notFound();
  const previous = graph.chapters[index - 1];
  const next = graph.chapters[index + 1];
  return (
    <article>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/chapters", label: "Contents" }, { label: `Chapter ${chapter.numeral}` }]} />
      <h1 className="text-2xl font-bold">
        Chapter {chapter.numeral}. {chapter.title}
      </h1>
      <p className="text-lg mt-2">{chapter.summary}</p>
      <ol className="mt-4 space-y-3">
        {chapter.articles.map((number) => {
          const article = getArticle(graph, number)!;
          return (
            <li key={number}>
              <Link href={`/articles/${number}`} className="font-semibold">
                Article {number}. {article.title}
              </Link>
              <p className="text-sm muted">{article.summary}</p>
            </li>
          );
        })}
      </ol>
      <nav aria-label="Previous and next chapter" className="flex justify-between mt-6 border-t pt-4 no-print" style={{ borderColor: "var(--border)" }}>
        {previous ? <Link href={`/chapters/${previous.slug}`} rel="prev">← Chapter {previous.numeral}. {previous.title}</Link> : <span />}
        {next && <Link href={`/chapters/${next.slug}`} rel="next">Chapter {next.numeral}. {next.title} →</Link>}
      </nav>
    </article>
  );
}
