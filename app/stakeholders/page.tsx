import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { StanceMatrix } from "@/components/stance-matrix";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";
import { matrixView, stakeholderIndex } from "@/lib/graph/views";

export const metadata: Metadata = { title: "Stakeholders", description: "Who said what about the UN Convention against Cybercrime, and which provisions drew their concern or support." };

export default function StakeholdersPage() {
  const graph = getGraph();
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Stakeholders" }]} />
      <h1 className="text-2xl font-bold mb-2">Stakeholders</h1>
      <p className="mb-4">Governments, rights groups, industry and commentators quoted or described in our sources. Listed in the same way, in no order of merit.</p>
      <section aria-labelledby="matrix-heading" className="mb-8">
        <h2 id="matrix-heading" className="text-xl font-semibold mb-2">
          Who commented on what
        </h2>
        <StanceMatrix matrix={matrixView(graph)} />
      </section>
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="text-xl font-semibold mb-2">
          Groups
        </h2>
        <ul className="grid sm:grid-cols-2 gap-3">
          {stakeholderIndex(graph).map(({ group, positionCount, memberNames }) => (
            <li key={group.id} className="card p-3">
              <Link href={href.stakeholder(group)} className="font-semibold">
                {group.name}
              </Link>{" "}
              <span className="text-sm muted">({positionCount} {positionCount === 1 ? "position" : "positions"})</span>
              {group.position && <p className="text-sm">{group.position}</p>}
              {memberNames.length > 0 && <p className="text-sm muted">Includes {memberNames.join(", ")}</p>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
