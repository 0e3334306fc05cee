import Link from "next/link";
import { JsonLd } from "@/components/json-ld";
import { TableOfContents } from "@/components/table-of-contents";
import { formatEventDate, formatPartialDate } from "@/components/format";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { tableOfContents } from "@/lib/graph/views";
import { conventionJsonLd } from "@/lib/open-data/json-ld";
import { absoluteUrl } from "@/lib/site";

export default function HomePage() {
  const graph = getGraph();
  const { treaty } = graph;
  const recent = graph.timeline.filter((event) => event.status === "done").reverse().slice(0, 3);
  const upcoming = graph.timeline.filter((event) => event.status !== "done");
  return (
    <>
      <JsonLd data={conventionJsonLd(treaty, absoluteUrl)} />
      <section aria-labelledby="home-title" className="mb-8">
        <h1 id="home-title" className="text-3xl font-bold">
          The {treaty.shortTitle}, clause by clause
        </h1>
        <p className="text-lg mt-3">{treaty.summary}</p>
        <dl className="grid sm:grid-cols-3 gap-3 mt-4" data-slot="status">
          <div className="card p-3">
            <dt className="text-sm muted">Adopted</dt>
            <dd>
              {formatPartialDate(treaty.adopted)}, General Assembly resolution {treaty.resolution}
            </dd>
          </div>
          <div className="card p-3">
            <dt className="text-sm muted">Signatories</dt>
            <dd>
              {treaty.status.signatories} as of {formatPartialDate(treaty.status.checked)} ({treaty.status.checkedWith}); open for signature until{" "}
              {formatPartialDate(treaty.signature.closes)}
            </dd>
          </div>
          <div className="card p-3">
            <dt className="text-sm muted">Entry into force</dt>
            <dd>
              {treaty.entryIntoForce} <Link href={href.pinpoint("65(1)")}>Article 65(1)</Link>
            </dd>
          </div>
        </dl>
        <p className="text-sm muted mt-3">
          Every page here is a plain-language digest written by us, not the official text. <Link href={href.about()}>How we work</Link>.
        </p>
      </section>

      <section aria-labelledby="start-heading" className="mb-8">
        <h2 id="start-heading" className="text-xl font-semibold mb-3">
          Start here
        </h2>
        <ul className="grid sm:grid-cols-3 gap-3">
          <li className="card p-3">
            <h3 className="font-semibold">Browse</h3>
            <p className="text-sm">Read the treaty chapter by chapter, with what each side said beside the clauses.</p>
            <Link href={href.chapters()}>Contents</Link>
          </li>
          <li className="card p-3">
            <h3 className="font-semibold">Link and cite</h3>
            <p className="text-sm">Every paragraph has its own address, such as <Link href={href.pinpointPage("2(h)")}>/articles/2/h</Link>, and a ready citation.</p>
            <Link href={href.stakeholders()}>Who said what</Link>
          </li>
          <li className="card p-3">
            <h3 className="font-semibold">Search</h3>
            <p className="text-sm">Find a term such as <Link href={href.search("serious crime")}>serious crime</Link>, a name, or a pinpoint like 28(4).</p>
            <Link href={href.search()}>Search the treaty</Link>
          </li>
        </ul>
      </section>

      <div className="grid md:grid-cols-[2fr_1fr] gap-8">
        <section aria-labelledby="toc-heading">
          <h2 id="toc-heading" className="text-xl font-semibold mb-3">
            Contents
          </h2>
          <TableOfContents contents={tableOfContents(graph)} headingLevel={3} />
        </section>
        <div className="space-y-8">
          <section aria-labelledby="issues-heading">
            <h2 id="issues-heading" className="text-xl font-semibold mb-3">
              Key issues
            </h2>
            <ul className="space-y-1">
              {graph.topics.map((topic) => (
                <li key={topic.slug}>
                  <Link href={href.topic(topic.slug)}>{topic.title}</Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading" className="text-xl font-semibold mb-3">
              Latest on the timeline
            </h2>
            <ol className="space-y-2">
              {recent.map((event) => (
                <li key={event.id}>
                  <span className="text-sm muted">{formatEventDate(event)}</span>
                  <br />
                  <Link href={href.timeline(event.id)}>{event.title}</Link>
                </li>
              ))}
            </ol>
            {upcoming.length > 0 && (
              <>
                <h3 className="font-semibold mt-4 mb-2">Next</h3>
                <ol className="space-y-2">
                  {upcoming.map((event) => (
                    <li key={event.id}>
                      <span className="text-sm muted">{formatEventDate(event)}</span>
                      <br />
                      <Link href={href.timeline(event.id)}>{event.title}</Link>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
