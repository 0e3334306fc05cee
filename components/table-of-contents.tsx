import { Link } from "@/components/ui/link";
import { href } from "@/lib/graph/hrefs";
import type { tableOfContents } from "@/lib/graph/views";

/** Chapters and their articles, the way every law explorer opens. */
export function TableOfContents({ contents, headingLevel = 2 }: { contents: ReturnType<typeof tableOfContents>; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-6" data-slot="toc">
      <p>
        <Link href={href.preamble()} className="font-semibold">
          Preamble
        </Link>
      </p>
      {contents.map(({ chapter, articles }) => (
        <section key={chapter.numeral} aria-labelledby={`toc-${chapter.slug}`}>
          <Heading id={`toc-${chapter.slug}`} className="font-semibold">
            <Link href={href.chapter(chapter.numeral)}>
              Chapter {chapter.numeral}. {chapter.title}
            </Link>
          </Heading>
          <ol className="mt-1 border-l border-line pl-4 text-sm">
            {articles.map(({ number, title }) => (
              <li key={number}>
                <Link href={href.article(number)} className="no-underline hover:underline">
                  Art. {number}. {title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
