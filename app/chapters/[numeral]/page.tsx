import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { adjacentChapters, chapterArticles, getChapter } from "@/lib/graph/queries";
import { BasisBadge } from "@/components/basis-badge";
import { PreviousNext } from "@/components/previous-next";
import { Card } from "@/components/ui/card";

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
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">
        Chapter {chapter.numeral}. {chapter.title}
      </h1>
      <p className="mt-3 max-w-measure text-lg">{chapter.summary}</p>
      <ol className="mt-6 grid gap-3 md:grid-cols-2">
        {chapterArticles(graph, chapter).map((article) => (
          <Card as="li" key={article.number} className="flex flex-col gap-1 p-4">
            <Link href={href.article(article.number)} className="font-semibold">
              Article {article.number}. {article.title}
            </Link>
            <p className="text-sm text-ink-muted">{article.summary}</p>
            <p className="mt-auto pt-1">
              <BasisBadge basis={article.basis} id={`a${article.number}`} />
            </p>
          </Card>
        ))}
      </ol>
      <PreviousNext
        label="Previous and next chapter"
        previous={previous && { href: href.chapter(previous.numeral), label: `Chapter ${previous.numeral}. ${previous.title}` }}
        next={next && { href: href.chapter(next.numeral), label: `Chapter ${next.numeral}. ${next.title}` }}
      />
    </article>
  );
}
