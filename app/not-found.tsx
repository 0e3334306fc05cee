import { Link } from "@/components/ui/link";
import { TableOfContents } from "@/components/table-of-contents";
import { Button } from "@/components/ui/button";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { tableOfContents } from "@/lib/graph/views";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Page not found</h1>
      <p className="mt-2">
        There is no page at this address. If you followed a link to a paragraph, the treaty may number it differently: try the article page, or search.
      </p>
      <form action={href.search()} method="get" role="search" className="my-4 flex max-w-measure gap-2">
        <label htmlFor="nf-q" className="sr-only">
          Search the treaty
        </label>
        <input
          id="nf-q"
          name="q"
          type="search"
          placeholder="serious crime, 28(4), extradition…"
          className="min-h-10 flex-1 rounded-md border border-line-strong bg-canvas px-3 text-ink"
        />
        <Button type="submit" variant="solid">
          Search
        </Button>
      </form>
      <p className="mb-4">
        Or go <Link href={href.home()}>home</Link>, or pick an article:
      </p>
      <TableOfContents contents={tableOfContents(getGraph())} />
    </>
  );
}
