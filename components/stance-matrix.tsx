import Link from "next/link";
import type { MatrixView } from "@/lib/graph/views";
import { STANCE_LABEL } from "./format";
import { href } from "@/lib/graph/hrefs";

type Stance = keyof typeof STANCE_LABEL;
const STANCES = Object.keys(STANCE_LABEL) as Stance[];

/**
 * Which provisions drew whose concern or support: stakeholder groups × articles. Each cell shows
 * its counts by stance in letters as well as colour, and links to that group's annotations there.
 */
export function StanceMatrix({ matrix }: { matrix: MatrixView }) {
  const { articles, rows } = matrix;
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
                <Link href={href.article(number)} aria-label={`Article ${number}`}>
                  {number}
                </Link>
              </th>
            ))}
            <th scope="col" className="p-1">
              Whole treaty or preamble
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ group, cells, treatyWide: wide }) => {
            return (
              <tr key={group.id}>
                <th scope="row" className="text-left p-1 min-w-36">
                  <Link href={href.stakeholder(group)}>{group.name}</Link>
                </th>
                {articles.map((number) => {
                  const cell = cells.get(number);
                  if (!cell) return <td key={number} className="p-1 border" style={{ borderColor: "var(--border)" }} />;
                  const main = STANCES.reduce((best, stance) => (cell[stance] > cell[best] ? stance : best), "concern" as Stance);
                  const label = STANCES.filter((s) => cell[s] > 0).map((s) => `${cell[s]} ${STANCE_LABEL[s].toLowerCase()}`).join(", ");
                  return (
                    <td key={number} className="p-0 border text-center" style={{ borderColor: "var(--border)" }} data-stance={main}>
                      <Link href={href.stakeholder(group, `art-${number}`)} className={`block p-1 no-underline font-semibold stance-${main}`} aria-label={`${group.name} on article ${number}: ${label}`}>
                        {STANCES.filter((s) => cell[s] > 0).map((s) => `${cell[s]}${s === "context" ? "X" : s[0]!.toUpperCase()}`).join(" ")}
                      </Link>
                    </td>
                  );
                })}
                <td className="p-1 border text-center" style={{ borderColor: "var(--border)" }}>
                  {wide > 0 ? <Link href={href.stakeholder(group, "treaty")}>{wide}</Link> : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
