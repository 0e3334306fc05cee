import { Link } from "@/components/ui/link";
import type { MatrixView } from "@/lib/graph/views";
import { STANCE_LETTER, STANCES, stanceCell } from "@/lib/graph/stance-cell";
import { STANCE_LABEL } from "./format";
import { href } from "@/lib/graph/hrefs";

/** Column widths, fixed so the table's layout does not depend on which rows have loaded. */
const GROUP_COLUMN = "9rem";
const ARTICLE_COLUMN = "2.125rem";
const WHOLE_TREATY_COLUMN = "7rem";

/** How each stance is drawn, in words, so the legend says what greyscale and colour-blind readers see. */
const DRAWN = { concern: "solid, strongest", support: "solid, faint", mixed: "striped", context: "dotted" } as const;

function Swatch({ stance }: { stance: keyof typeof DRAWN }) {
  return <span aria-hidden="true" className={`stance-cell-${stance} inline-block h-5 w-8 shrink-0 rounded-sm border border-line`} />;
}

/** What the fills, patterns and letters mean. */
function Legend() {
  return (
    <div className="mb-3 text-sm" data-slot="matrix-legend">
      <p id="matrix-legend-title" className="font-semibold">
        Legend
      </p>
      <ul aria-labelledby="matrix-legend-title" className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
        {STANCES.map((stance) => (
          <li key={stance} className="flex items-center gap-2">
            <Swatch stance={stance} />
            <span>
              <b className="font-mono">{STANCE_LETTER[stance]}</b> {STANCE_LABEL[stance]} <span className="text-ink-muted">({DRAWN[stance]})</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-ink-muted">
        A cell is split in the shares of each stance; its letters give the counts (2C 1S: two concern, one support). Only positions count, not reported actions
        or background.
      </p>
    </div>
  );
}

/** One filled cell: the stance shares as fills, the counts in letters, the whole in words for screen readers. */
function Cell({ counts, link, name }: { counts: Parameters<typeof stanceCell>[0]; link: string; name: string }) {
  const cell = stanceCell(counts);
  return (
    <td className="relative h-11 border-r border-b border-line p-0" data-stance={cell.main}>
      <Link href={link} className="absolute inset-0 flex no-underline focus-visible:outline-offset-[-3px]" aria-label={`${name}: ${cell.words}`}>
        {cell.parts.map((part) => (
          // Only the share is inline (flex-grow); colours come from the stance classes.
          <span key={part.stance} className={`stance-cell-${part.stance} block h-full`} style={{ flexGrow: part.count }} />
        ))}
        <span className="absolute inset-0 flex flex-col items-center justify-center text-[11px] leading-tight font-semibold text-ink">
          {cell.parts.map((part) => (
            <span key={part.stance}>
              {part.count}
              {STANCE_LETTER[part.stance]}
            </span>
          ))}
        </span>
      </Link>
    </td>
  );
}

/**
 * Which provisions drew whose concern or support: a heat map of stakeholder groups × articles.
 * Stances differ in lightness and pattern as well as hue (readable in greyscale and by
 * colour-blind readers), each cell also says its counts in letters and, to screen readers, in
 * words, and links to that group's positions on that article. A last row totals each article.
 */
export function StanceMatrix({ matrix }: { matrix: MatrixView }) {
  const { articles, rows } = matrix;
  const totals = articles.map((number) =>
    rows.reduce((sum, row) => sum + stanceCell(row.cells.get(number) ?? { concern: 0, support: 0, mixed: 0, context: 0 }).total, 0),
  );
  const sticky = "sticky left-0 z-10 border-r border-b border-line bg-canvas";
  return (
    <div data-slot="stance-matrix">
      <Legend />
      <p id="matrix-caption" className="mb-2 text-sm text-ink-muted">
        Positions per stakeholder group (rows) and article (columns); the last row adds up each article. On a narrow screen, scroll the table sideways.
      </p>
      <div role="region" aria-labelledby="matrix-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
        {/* Fixed layout with the widths in a colgroup: the columns are sized before any row arrives,
            so a table painted while its rows are still loading does not move when the rest come in. */}
        <table
          aria-labelledby="matrix-caption"
          className="table-fixed border-separate border-spacing-0 text-xs"
          style={{ width: `calc(${GROUP_COLUMN} + ${articles.length} * ${ARTICLE_COLUMN} + ${WHOLE_TREATY_COLUMN})` }}
        >
          <colgroup>
            <col style={{ width: GROUP_COLUMN }} />
            {articles.map((number) => (
              <col key={number} style={{ width: ARTICLE_COLUMN }} />
            ))}
            <col style={{ width: WHOLE_TREATY_COLUMN }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={`${sticky} p-2 text-left`}>
                Stakeholder group
              </th>
              {articles.map((number) => (
                <th key={number} scope="col" className="border-r border-b border-line p-0 font-mono">
                  <Link href={href.article(number)} aria-label={`Article ${number}`} className="flex min-h-8 items-center justify-center px-1">
                    {number}
                  </Link>
                </th>
              ))}
              <th scope="col" className="border-b border-line p-2 text-left font-normal">
                Whole treaty, preamble
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ group, cells, treatyWide: wide }) => (
              <tr key={group.id}>
                <th scope="row" className={`${sticky} p-2 text-left font-medium`}>
                  <Link href={href.stakeholder(group)}>{group.name}</Link>
                </th>
                {articles.map((number) => {
                  const counts = cells.get(number);
                  return counts ? (
                    <Cell key={number} counts={counts} link={href.stakeholder(group, `art-${number}`)} name={`${group.name} on article ${number}`} />
                  ) : (
                    <td key={number} className="border-r border-b border-line" />
                  );
                })}
                <td className="border-b border-line p-2 text-center">{wide > 0 ? <Link href={href.stakeholder(group, "treaty")}>{wide}</Link> : ""}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className={`${sticky} p-2 text-left font-semibold`}>
                All groups
              </th>
              {totals.map((total, index) => (
                <td key={articles[index]} className="border-r border-line p-1 text-center font-mono font-semibold">
                  {total}
                </td>
              ))}
              <td className="p-2 text-center font-mono font-semibold">{rows.reduce((sum, row) => sum + row.treatyWide, 0)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
