import { Link } from "@/components/ui/link";
import { href } from "@/lib/graph/hrefs";
import { PAGE_CONTENTS_ID } from "./site-header";
import { cn } from "./ui/cn";

/** A place on the article page: "In brief", each top-level paragraph, the commentary. */
export interface OutlineEntry {
  /** A fragment on this page, such as #p4. */
  fragment: string;
  /** What the entry is called: "28(4)"; for paragraphs, `detail` adds its label or first words. */
  label: string;
  detail?: string;
}

interface ArticleRef {
  number: number;
  title: string;
}

function Outline({ entries, className }: { entries: readonly OutlineEntry[]; className?: string }) {
  return (
    <ol className={cn("space-y-0.5 text-sm", className)}>
      {entries.map((entry) => (
        <li key={entry.fragment}>
          <a href={entry.fragment} className="flex min-h-8 items-baseline gap-2 rounded px-2 py-1 text-ink no-underline hover:bg-surface-strong">
            <span className="shrink-0 font-semibold">{entry.label}</span>
            {entry.detail && <span className="truncate text-ink-muted">{entry.detail}</span>}
          </a>
        </li>
      ))}
    </ol>
  );
}

/**
 * From 1,200 px: the chapter's articles beside the text, this one opened to its paragraphs, in
 * a column that stays in view while the reader scrolls.
 */
export function ArticleNavigator({
  chapter,
  articles,
  current,
  outline,
}: {
  chapter: { numeral: string; title: string };
  articles: readonly ArticleRef[];
  current: number;
  outline: readonly OutlineEntry[];
}) {
  return (
    <nav aria-label="Chapter and article" data-slot="article-navigator" className="no-print hidden wide:block">
      <div className="sticky top-[calc(var(--spacing-header)+1rem)] max-h-[calc(100dvh-var(--spacing-header)-2rem)] overflow-y-auto pr-1 pb-4">
        <p className="mb-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">
          <Link href={href.chapter(chapter.numeral)} className="text-ink-muted">
            Chapter {chapter.numeral}
          </Link>
        </p>
        <p className="mb-3 text-sm font-semibold">{chapter.title}</p>
        <ol className="space-y-0.5 border-l border-line text-sm">
          {articles.map((article) => (
            <li key={article.number}>
              {article.number === current ? (
                <>
                  <Link
                    href={href.article(article.number)}
                    aria-current="page"
                    className="-ml-px block border-l-2 border-accent py-1 pl-3 font-semibold text-ink no-underline"
                  >
                    {article.number}. {article.title}
                  </Link>
                  <Outline entries={outline} className="my-1 ml-2" />
                </>
              ) : (
                <Link href={href.article(article.number)} className="block py-1 pl-3 text-ink-muted no-underline hover:text-ink">
                  {article.number}. {article.title}
                </Link>
              )}
            </li>
          ))}
        </ol>
        <p className="mt-3 text-sm">
          <Link href={href.chapters()}>All chapters</Link>
        </p>
      </div>
    </nav>
  );
}

/**
 * Below 1,200 px: the same outline in a native popover that the header's "On this page" button
 * opens (it shows only on pages that have one). Works without JavaScript.
 */
export function PageContents({
  title,
  outline,
  chapter,
  previous,
  next,
}: {
  title: string;
  outline: readonly OutlineEntry[];
  chapter: { numeral: string; title: string };
  previous?: ArticleRef;
  next?: ArticleRef;
}) {
  return (
    <nav id={PAGE_CONTENTS_ID} popover="auto" aria-label="On this page" data-slot="page-contents" className="popover-panel p-3">
      <p className="px-2 text-xs font-semibold tracking-wide text-ink-muted uppercase">On this page</p>
      <p className="px-2 pb-2 font-semibold">{title}</p>
      <Outline entries={outline} />
      <ul className="mt-2 space-y-0.5 border-t border-line pt-2 text-sm">
        <li>
          <Link href={href.chapter(chapter.numeral)} className="flex min-h-8 items-center px-2">
            Chapter {chapter.numeral}. {chapter.title}
          </Link>
        </li>
        {previous && (
          <li>
            <Link href={href.article(previous.number)} className="flex min-h-8 items-center px-2">
              ← Article {previous.number}. {previous.title}
            </Link>
          </li>
        )}
        {next && (
          <li>
            <Link href={href.article(next.number)} className="flex min-h-8 items-center px-2">
              Article {next.number}. {next.title} →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
