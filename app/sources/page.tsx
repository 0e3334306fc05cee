import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatPartialDate } from "@/components/format";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";

export const metadata: Metadata = {
  title: "Sources",
  description: "The news reports and commentary our annotations come from, with what we know of their outlet, author and date.",
};

export default function SourcesPage() {
  const graph = getGraph();
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Sources" }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl mb-4">Sources</h1>
      <ul className="space-y-3">
        {graph.sources.map((source) => (
          <li key={source.id} className="rounded-lg border border-line bg-surface p-4">
            <Link href={href.source(source.id)} className="font-semibold">
              {source.title}
            </Link>
            <p className="text-sm text-ink-muted">
              {source.outlet} · {source.author === "not stated" ? "author not stated" : source.author} ·{" "}
              {formatPartialDate(source.published, source.approximate)} · {graph.annotations.filter((a) => a.source === source.id).length} annotations
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
