import { Link } from "@/components/ui/link";
import { JsonLd } from "@/components/json-ld";
import { TableOfContents } from "@/components/table-of-contents";
import { formatEventDate, formatPartialDate } from "@/components/format";
import { Card } from "@/components/ui/card";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { tableOfContents } from "@/lib/graph/views";
import { conventionJsonLd } from "@/lib/open-data/json-ld";
import { absoluteUrl } from "@/lib/site";

export default function HomePage() {
  const graph = getGraph();
  const { treaty } = graph;
  const recent = graph.timeline
    .filter((event) => event.status === "done")
    .reverse()
    .slice(0, 3);
  const upcoming = graph.timeline.filter((event) => event.status !== "done");
  return (
    <>
      <JsonLd data={conventionJsonLd(treaty, absoluteUrl)} />
      <section aria-labelledby="home-title" className="mb-10">
        <h1 id="home-title" className="max-w-3xl text-3xl leading-tight font-bold text-balance sm:text-4xl">
          The {treaty.shortTitle}, clause by clause
        </h1>
        <p className="mt-4 max-w-measure text-lg">{treaty.summary}</p>
        <dl className="mt-6 grid gap-3 sm:grid-cols-3" data-slot="status">
          <Card className="p-4">
            <dt className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Adopted</dt>
            <dd className="mt-1">
              {formatPartialDate(treaty.adopted)}, General Assembly resolution {treaty.resolution}
            </dd>
          </Card>
          <Card className="p-4">
            <dt className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Signatories</dt>
            <dd className="mt-1">
              <span className="text-2xl font-bold">{treaty.status.signatories}</span> as of {formatPartialDate(treaty.status.checked)} (
              {treaty.status.checkedWith}); open for signature until {formatPartialDate(treaty.signature.closes)}
            </dd>
          </Card>
          <Card className="p-4">
            <dt className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Entry into force</dt>
            <dd className="mt-1">
              {treaty.entryIntoForce} <Link href={href.pinpoint("65(1)")}>Article 65(1)</Link>
            </dd>
          </Card>
        </dl>
        <p className="mt-3 text-sm text-ink-muted">
          Every page here is a plain-language digest written by us, not the official text. <Link href={href.about()}>How we work</Link>.
        </p>
      </section>

      <section aria-labelledby="start-heading" className="mb-10">
        <h2 id="start-heading" className="mb-3 text-xl font-semibold">
          Start here
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          <Card as="li" className="flex flex-col gap-1 p-4">
            <h3 className="font-semibold">Browse</h3>
            <p className="text-sm">Read the treaty chapter by chapter, with what each side said beside the clauses.</p>
            <Link href={href.chapters()} className="mt-auto pt-1 font-medium">
              Contents
            </Link>
          </Card>
          <Card as="li" className="flex flex-col gap-1 p-4">
            <h3 className="font-semibold">Link and cite</h3>
            <p className="text-sm">
              Every paragraph has its own address, such as <Link href={href.pinpointPage("2(h)")}>/articles/2/h</Link>, and a ready citation.
            </p>
            <Link href={href.stakeholders()} className="mt-auto pt-1 font-medium">
              Who said what
            </Link>
          </Card>
          <Card as="li" className="flex flex-col gap-1 p-4">
            <h3 className="font-semibold">Search</h3>
            <p className="text-sm">
              Find a term such as <Link href={href.search("serious crime")}>serious crime</Link>, a name, or a pinpoint like 28(4).
            </p>
            <Link href={href.search()} className="mt-auto pt-1 font-medium">
              Search the treaty
            </Link>
          </Card>
        </ul>
      </section>

      <div className="grid gap-10 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="toc-heading">
          <h2 id="toc-heading" className="mb-3 text-xl font-semibold">
            Contents
          </h2>
          <TableOfContents contents={tableOfContents(graph)} headingLevel={3} />
        </section>
        <div className="space-y-10">
          <section aria-labelledby="issues-heading">
            <h2 id="issues-heading" className="mb-3 text-xl font-semibold">
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
            <h2 id="recent-heading" className="mb-3 text-xl font-semibold">
              Latest on the timeline
            </h2>
            <ol className="space-y-3 border-l-2 border-line pl-4">
              {recent.map((event) => (
                <li key={event.id}>
                  <span className="block text-sm text-ink-muted">{formatEventDate(event)}</span>
                  <Link href={href.timeline(event.id)}>{event.title}</Link>
                </li>
              ))}
            </ol>
            {upcoming.length > 0 && (
              <>
                <h3 className="mt-4 mb-2 font-semibold">Next</h3>
                <ol className="space-y-3 border-l-2 border-dashed border-line pl-4">
                  {upcoming.map((event) => (
                    <li key={event.id}>
                      <span className="block text-sm text-ink-muted">{formatEventDate(event)}</span>
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
