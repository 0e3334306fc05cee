import Link from "next/link";
import { getArticle } from "@/lib/graph/queries";
import type { ClauseGraph } from "@/lib/schema/graph";

/** Chapters and their articles, the way every law explorer opens. */
export function TableOfContents({ graph, headingLevel = 2 }: { graph: ClauseGraph; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-4" data-slot="toc">
      <p>
        <Link href="/preamble">Preamble</Link>
      </p>
      {graph.chapters.map((chapter) => (
        <section key={chapter.numeral} aria-labelledby={`toc-${chapter.slug}`}>
          <Heading id={`toc-${chapter.slug}`} className="font-semibold">
            <Link href={`/chapters/${chapter.slug}`}>
              Chapter {chapter.numeral}. {chapter.title}
            </Link>
          </Heading>
          <ol className="pl-4 text-sm">
            {chapter.articles.map((number) => (
              <li key={number}>
                <Link href={`/articles/${number}`}>
                  Art. {number}. {getArticle(graph, number)?.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
