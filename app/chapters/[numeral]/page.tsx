import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { adjacentChapters, chapterArticles, getChapter } from "@/lib/graph/queries";
import { BasisBadge } from "@/components/basis-badge";

export const dynamicParams = false;

export function generateStaticParams() {
  return getGraph().chapters.map((chapter) => ({ numeral: chapter.slug }));
}

type Props = { params: Promise<{ numeral: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { numeral } = await params;
  const chapter = getChapter(getGraph(), numeral);
  if (!chapter) return {};
  const title = `Chapter ${chapter.numeral}: ${chapter.title}`;
  return { title, description: chapter.summary, openGraph: { title, description: chapter.summary } };
}

export default async function ChapterPage({ params }: Props) {
  const { numeral } = await params;
  const graph = getGraph();
  const chapter = getChapter(graph, numeral);
  if (!chapter) notFound();
  const { previous, next } = adjacentChapters(graph, chapter.numeral);
  return (
    <article>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { href: href.chapters(), label: "Contents" }, { label: `Chapter ${chapter.numeral}` }]} />
      <h1 className="text-2xl font-bold">
        Chapter {chapter.numeral}. {chapter.title}
      </h1>
      <p className="text-lg mt-2">{chapter.summary}</p>
      <ol className="mt-4 space-y-3">
        {chapterArticles(graph, chapter).map((article) => (
          <li key={article.number}>
            <Link href={href.article(article.number)} className="font-semibold">
              Article {article.number}. {article.title}
            </Link>
            <p className="text-sm muted">{article.summary}</p>
            <BasisBadge basis={article.basis} id={`a${article.number}`} />
          </li>
        ))}
      </ol>
      <nav aria-label="Previous and next chapter" className="flex justify-between mt-6 border-t pt-4 no-print" style={{ borderColor: "var(--border)" }}>
        {previous ? <Link href={href.chapter(previous.numeral)} rel="prev">← Chapter {previous.numeral}. {previous.title}</Link> : <span />}
        {next && <Link href={href.chapter(next.numeral)} rel="next">Chapter {next.numeral}. {next.title} →</Link>}
      </nav>
    </article>
  );
}
