import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { formatEventDate } from "@/components/format";
import { TimelineOverview } from "@/components/timeline-overview";
import { getGraph } from "@/lib/data";
import { describeNode } from "@/lib/graph/queries";
import { provisionNodeId } from "@/lib/graph/ids";
import { href, openDataHref } from "@/lib/graph/hrefs";
import { groupByYear, layoutAxis } from "@/lib/graph/timeline-axis";

export const metadata: Metadata = {
  title: "Timeline",
  description: "The path of the UN Convention against Cybercrime, from the 2019 vote to signature and entry into force, with sources.",
};

export default function TimelinePage() {
  const graph = getGraph();
  const sourceTitle = new Map(graph.sources.map((s) => [s.id, s.title]));
  const years = groupByYear(graph.timeline);
  const order = years.flatMap((group) => group.events.map((event) => event.id));
  const numberOf = (id: string) => order.indexOf(id) + 1;
  const dated = years.flatMap((group) => (group.year === undefined ? [] : [group.year]));
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Timeline" }]} />
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">Timeline</h1>
      <p className="mb-6 max-w-measure text-sm text-ink-muted">
        Dates are shown with the precision our sources give: a month or a year where the day is not known. Follow the timeline and changes to our digests and
        annotations in a feed reader:{" "}
        <a href={openDataHref.feed()} type="application/atom+xml">
          Atom feed
        </a>
        .
      </p>
      <TimelineOverview axis={layoutAxis(graph.timeline)} numberOf={numberOf} first={dated[0]} last={dated[dated.length - 1]} />
      <ol className="relative max-w-measure" data-slot="timeline">
        {years.map(({ year, events }) => (
          <li key={year ?? "pending"} className="relative border-l-2 border-line pb-2 pl-6">
            <h2 className="relative -ml-6 mb-3 flex items-center gap-3 text-lg font-bold">
              <span aria-hidden="true" className="-ml-[7px] size-3 rounded-full border-2 border-ink-muted bg-canvas" />
              {year ?? "Date not yet known"}
            </h2>
            <ol className="space-y-5 pb-4">
              {events.map((event) => (
                <li key={event.id} id={event.id} className="relative scroll-mt-20">
                  <span
                    aria-hidden="true"
                    className="absolute top-0.5 -left-[2.25rem] grid size-6 place-items-center rounded-full bg-accent text-[11px] font-bold text-canvas"
                  >
                    {numberOf(event.id)}
                  </span>
                  <p className="text-sm font-semibold text-accent">
                    {event.date ? <time dateTime={event.date}>{formatEventDate(event)}</time> : formatEventDate(event)}
                  </p>
                  <h3 className="font-semibold">{event.title}</h3>
                  <p className="mt-1">{event.description}</p>
                  <p className="mt-1 text-sm text-ink-muted">
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
          </li>
        ))}
      </ol>
    </>
  );
}
