import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatEventDate } from "@/components/format";
import { getGraph } from "@/lib/data";
import { describeNode } from "@/lib/graph/queries";
import { provisionNodeId } from "@/lib/graph/ids";
import { href, openDataHref } from "@/lib/graph/hrefs";

export const metadata: Metadata = { title: "Timeline", description: "The path of the UN Convention against Cybercrime, from the 2019 vote to signature and entry into force, with sources." };

export default function TimelinePage() {
  const graph = getGraph();
  const sourceTitle = new Map(graph.sources.map((s) => [s.id, s.title]));
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Timeline" }]} />
      <h1 className="text-2xl font-bold mb-2">Timeline</h1>
      <p className="mb-4 text-sm muted">
        Dates are shown with the precision our sources give: a month or a year where the day is not known. Follow the timeline and changes to our digests and
        annotations in a feed reader: <a href={openDataHref.feed()} type="application/atom+xml">Atom feed</a>.
      </p>
      <ol className="border-l-2 pl-4 space-y-5" style={{ borderColor: "var(--border)" }}>
        {graph.timeline.map((event) => (
          <li key={event.id} id={event.id}>
            <p className="text-sm font-semibold">
              {event.date ? <time dateTime={event.date}>{formatEventDate(event)}</time> : formatEventDate(event)}
            </p>
            <h2 className="font-semibold">{event.title}</h2>
            <p>{event.description}</p>
            <p className="text-sm muted">
              Source:{" "}
              {event.sources.map((source, index) => (
                <span key={source}>
                  {index > 0 && "; "}
                  {sourceTitle.has(source) ? <Link href={href.source(source)}>{sourceTitle.get(source)}</Link> : source}
                </span>
              ))}
              {event.provisions.length > 0 && (
                <>
                  {" · "}See{" "}
                  {event.provisions.map((p, index) => {
                    const link = describeNode(graph, provisionNodeId(p));
                    return (
                      <span key={p}>
                        {index > 0 && ", "}
                        {link ? <Link href={link.href}>art. {p}</Link> : p}
                      </span>
                    );
                  })}
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
