import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { lineageFlows } from "@/lib/lineage/flows";
import { CONFIDENCE_MEANING, RELATION_LABELS } from "@/lib/lineage/queries";
import { LineageDiagram, LineageFlowTable } from "./_components/lineage-diagram";
import { LineageNews } from "./_components/lineage-news";
import { LineageTable } from "./_components/lineage-table";

export const metadata: Metadata = {
  title: "Lineage: Budapest, UNTOC and UNCAC",
  description:
    "Where each article of the UN Convention against Cybercrime comes from: its counterparts in the Budapest Convention, UNTOC and UNCAC, what changed, and what is new.",
  alternates: { canonical: "/lineage" },
};

export default function LineagePage() {
  const graph = getGraph();
  const flows = lineageFlows(graph);
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Lineage" }]} />
      <h1 className="text-2xl font-bold">Where the articles come from</h1>
      <p className="text-lg mt-2">
        Each UN article beside its counterparts in three earlier treaties: the Council of Europe&apos;s Budapest Convention on cybercrime (2001), and the UN
        conventions against transnational organized crime (UNTOC, 2000) and against corruption (UNCAC, 2003).
      </p>
      <p className="mt-2">
        A counterpart is an article on the same subject with a matching title or structure; that does not prove the drafters copied it. We give numbers and
        titles only, with a short note in our own words on the main difference. A note marked unverified rests on details of the UN text that we could not
        check. Browse each earlier treaty:{" "}
        {graph.lineage.treaties.map((treaty, index) => (
          <span key={treaty.id}>
            {index > 0 && " · "}
            <Link href={href.lineageTreaty(treaty.id)}>{treaty.shortName}</Link>
          </span>
        ))}
        .
      </p>

      <LineageNews graph={graph} />

      <section aria-labelledby="flows-heading" className="my-6">
        <h2 id="flows-heading" className="text-xl font-semibold">
          From chapter to chapter
        </h2>
        <LineageDiagram flows={flows} />
        <details className="my-2" data-slot="lineage-flows-text">
          <summary className="cursor-pointer font-semibold">The diagram as a table</summary>
          <LineageFlowTable flows={flows} />
        </details>
      </section>

      <section aria-labelledby="table-heading" className="my-6">
        <h2 id="table-heading" className="text-xl font-semibold">
          Every article
        </h2>
        <dl className="text-sm grid sm:grid-cols-[auto_1fr] gap-x-3 mt-2">
          {Object.entries(RELATION_LABELS).map(([key, { label, meaning }]) => (
            <div key={key} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
          {Object.entries(CONFIDENCE_MEANING).map(([key, meaning]) => (
            <div key={key} className="contents">
              <dt className="font-semibold">{key} confidence</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <LineageTable graph={graph} />
      </section>
    </>
  );
}
