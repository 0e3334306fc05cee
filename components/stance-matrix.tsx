import Link from "next/link";
import { annotationsBy, stakeholderGroups, stanceMatrix, treatyWideAnnotations } from "@/lib/graph/queries";
import type { ClauseGraph } from "@/lib/schema/graph";
import { STANCE_LABEL } from "./format";

type Stance = keyof typeof STANCE_LABEL;
const STANCES = Object.keys(STANCE_LABEL) as Stance[];

/**
 * Which provisions drew whose concern or support: stakeholder groups × articles. Each cell shows
 * its counts by stance in letters as well as colour, and links to that group's annotations there.
 */
export function StanceMatrix({ graph }: { graph: ClauseGraph }) {
  const matrix = stanceMatrix(graph);
  const groups = stakeholderGroups(graph).filter((group) => annotationsBy(graph, group.id).length > 0);
  const articles = [...new Set([...matrix.values()].flatMap((row) => [...row.keys()]))].sort((a, b) => a - b);
  const treatyWide = treatyWideAnnotations(graph);
  return (
    <div className="overflow-x-auto" data-slot="stance-matrix">
      <table className="text-xs border-collapse">
        <caption className="text-left text-sm muted mb-2">
          Annotations per stakeholder group and article. Letters give the stance: C concern, S support, M mixed, X context.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="text-left p-1">
              Stakeholder
            </th>
            {articles.map((number) => (
              <th key={number} scope="col" className="p-1 font-mono">
                <Link href={`/articles/${number}`} aria-label={`Article ${number}`}>
                  {number}
                </Link>
              </th>
            ))}
            <th scope="col" className="p-1">
              Whole treaty
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const row = matrix.get(group.id);
            const wide = treatyWide.filter((a) => a.group === group.id).length;
            return (
              <tr key={group.id}>
                <th scope="row" className="text-left p-1 min-w-36">
                  <Link href={`/stakeholders/${group.id}`}>{group.name}</Link>
                </th>
                {articles.map((number) => {
                  const cell = row?.get(number);
                  if (!cell) return <td key={number} className="p-1 border" style={{ borderColor: "var(--border)" }} />;
                  const main = STANCES.reduce((best, stance) => (cell[stance] > cell[best] ? stance : best), "concern" as Stance);
                  const label = STANCES.filter((s) => cell[s] > 0).map((s) => `${cell[s]} ${STANCE_LABEL[s].toLowerCase()}`).join(", ");
                  return (
                    <td key={number} className="p-0 border text-center" style={{ borderColor: "var(--border)" }} data-stance={main}>
                      <Link href={`/stakeholders/${group.id}#art-${number}`} className={`block p-1 no-underline font-semibold stance-${main}`} aria-label={`${group.name} on article ${number}: ${label}`}>
                        {STANCES.filter((s) => cell[s] > 0).map((s) => `${cell[s]}${s === "context" ? "X" : s[0]!.toUpperCase()}`).join(" ")}
                      </Link>
                    </td>
                  );
                })}
                <td className="p-1 border text-center" style={{ borderColor: "var(--border)" }}>
                  {wide > 0 ? <Link href={`/stakeholders/${group.id}#treaty`}>{wide}</Link> : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
