import { Link } from "@/components/ui/link";
import { href } from "@/lib/graph/hrefs";
import { RELATION_LABELS, treatiesOf } from "@/lib/lineage/queries";
import type { ClauseGraph } from "@/lib/schema/graph";
import type { CounterpartNode, LineageTreatyId, MappingNode } from "@/lib/schema/lineage";
import { filterCss, TREATY_FILTERS } from "./filter-css";
import { TABLE_CLASS } from "./styles";

/**
 * Every UN article with its counterparts, one row each, grouped by UN chapter. The radio buttons
 * above filter it by treaty and by chapter with CSS alone (see filter-css.ts), so it works
 * without JavaScript; a browser without :has() shows every row.
 */
export function LineageTable({ graph }: { graph: ClauseGraph }) {
  const mappings = new Map(graph.lineage.mappings.map((m) => [m.article, m]));
  const treaties = graph.lineage.treaties;
  const columns = treaties.map((t) => t.id);
  return (
    <div className="lineage-scope" data-slot="lineage-table">
      <style href="lineage-filter" precedence="default">
        {filterCss(graph.chapters.map((c) => c.numeral))}
      </style>
      <LineageFilters chapters={graph.chapters.map((c) => c.numeral)} />
      <div className="overflow-x-auto" role="region" aria-label="Table of UN articles and their counterparts" tabIndex={0}>
        <table className={TABLE_CLASS}>
          <caption className="text-left muted mb-1">Each UN article, its counterparts (relation; confidence) and our note on the main difference.</caption>
          <thead>
            <tr>
              <th scope="col">UN article</th>
              {treaties.map((t) => (
                <th scope="col" key={t.id}>
                  {t.shortName}
                </th>
              ))}
              <th scope="col">Our note</th>
            </tr>
          </thead>
          {graph.chapters.map((chapter) => (
            <tbody key={chapter.numeral} data-chapter={chapter.numeral}>
              <tr>
                <th scope="colgroup" colSpan={columns.length + 2} className="text-left">
                  <Link href={href.chapter(chapter.numeral)}>
                    Chapter {chapter.numeral}: {chapter.title}
                  </Link>
                </th>
              </tr>
              {chapter.articles.flatMap((n) => {
                const mapping = mappings.get(n);
                const article = graph.articles.find((a) => a.number === n);
                if (!mapping || !article) return [];
                return [<MappingRow key={n} mapping={mapping} title={article.title} columns={columns} />];
              })}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}

function Counterparts({ treaty, counterparts, none }: { treaty: LineageTreatyId; counterparts: CounterpartNode[]; none: boolean }) {
  if (counterparts.length === 0) return <span className="muted">{none ? "none" : "—"}</span>;
  return (
    <ul>
      {counterparts.map((c) => (
        <li key={`${c.article}-${c.paragraph ?? ""}`}>
          <Link href={href.lineageArticle(treaty, c.article)}>
            {c.article}
            {c.paragraph !== undefined ? `(${c.paragraph})` : ""} {c.title}
          </Link>{" "}
          <span className="muted">
            ({RELATION_LABELS[c.relation].label}; {c.confidence})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The radio buttons the filter CSS reads: one group for the treaty, one for the UN chapter. */
function LineageFilters({ chapters }: { chapters: string[] }) {
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-2 my-3 no-print">
      <fieldset className="lineage-filter">
        <legend className="font-semibold text-sm">Counterparts in</legend>
        {TREATY_FILTERS.map((filter, index) => (
          <label key={filter.value} className="mr-3 text-sm">
            <input type="radio" name="lineage-treaty" value={filter.value} id={`lineage-treaty-${filter.value}`} defaultChecked={index === 0} /> {filter.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="lineage-filter">
        <legend className="font-semibold text-sm">UN chapter</legend>
        <label className="mr-3 text-sm">
          <input type="radio" name="lineage-chapter" value="all" id="lineage-chapter-all" defaultChecked /> All
        </label>
        {chapters.map((numeral) => (
          <label key={numeral} className="mr-3 text-sm">
            <input type="radio" name="lineage-chapter" value={numeral} id={`lineage-chapter-${numeral}`} /> {numeral}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** One UN article: its link, its counterparts in each treaty's column, and our note. */
function MappingRow({ mapping, title, columns }: { mapping: MappingNode; title: string; columns: LineageTreatyId[] }) {
  const n = mapping.article;
  return (
    <tr id={`un-${n}`} data-row data-treaties={treatiesOf(mapping).join(" ")}>
      <th scope="row" className="text-left font-normal">
        <Link href={href.article(n)}>
          Art. {n}. {title}
        </Link>
      </th>
      {columns.map((treaty) => (
        <td key={treaty}>
          <Counterparts treaty={treaty} counterparts={mapping.counterparts.filter((c) => c.treaty === treaty)} none={mapping.none} />
        </td>
      ))}
      <td>
        {mapping.note}
        {mapping.unverified && (
          <>
            {" "}
            <Link href={href.about("unverified")} className="badge no-underline stance-mixed">
              Unverified
            </Link>
          </>
        )}
      </td>
    </tr>
  );
}
