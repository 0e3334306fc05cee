import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StanceMatrix } from "@/components/stance-matrix";
import { Card } from "@/components/ui/card";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { matrixView, stakeholderIndex } from "@/lib/graph/views";

export const metadata: Metadata = {
  title: "Stakeholders",
  description: "Who said what about the UN Convention against Cybercrime, and which provisions drew their concern or support.",
};

export default function StakeholdersPage() {
  const graph = getGraph();
  return (
    // data-layout widens the page for the matrix.
    <div data-layout="reading">
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Stakeholders" }]} />
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">Stakeholders</h1>
      <p className="mb-6 max-w-measure">
        Governments, rights groups, industry and commentators quoted or described in our sources. Listed in the same way, in no order of merit.
      </p>
      <section aria-labelledby="matrix-heading" className="mb-10">
        <h2 id="matrix-heading" className="mb-2 text-xl font-semibold">
          Who commented on what
        </h2>
        <StanceMatrix matrix={matrixView(graph)} />
      </section>
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="mb-3 text-xl font-semibold">
          Groups
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {stakeholderIndex(graph).map(({ group, positionCount, memberNames }) => (
            <Card as="li" key={group.id} className="p-4">
              <Link href={href.stakeholder(group)} className="font-semibold">
                {group.name}
              </Link>{" "}
              <span className="text-sm text-ink-muted">
                ({positionCount} {positionCount === 1 ? "position" : "positions"})
              </span>
              {group.position && <p className="mt-1 text-sm">{group.position}</p>}
              {memberNames.length > 0 && <p className="mt-1 text-sm text-ink-muted">Includes {memberNames.join(", ")}</p>}
            </Card>
          ))}
        </ul>
      </section>
    </div>
  );
}
