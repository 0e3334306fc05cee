import Link from "next/link";
import { TableOfContents } from "@/components/table-of-contents";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { tableOfContents } from "@/lib/graph/views";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">
        There is no page at this address. If you followed a link to a paragraph, the treaty may number it differently: try the article page, or
        search.
      </p>
      <form action={href.search()} method="get" role="search" className="my-4 flex gap-2">
        <label htmlFor="nf-q" className="sr-only">
          Search the treaty
        </label>
        <input id="nf-q" name="q" type="search" placeholder="serious crime, 28(4), extradition…" className="border rounded px-2 py-1 flex-1" style={{ borderColor: "var(--border)", background: "var(--bg)" }} />
        <button type="submit" className="border rounded px-3" style={{ borderColor: "var(--border)" }}>
          Search
        </button>
      </form>
      <p className="mb-4">
        Or go <Link href={href.home()}>home</Link>, or pick an article:
      </p>
      <TableOfContents contents={tableOfContents(getGraph())} />
    </>
  );
}
