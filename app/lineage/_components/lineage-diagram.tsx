import { Link } from "@/components/ui/link";
import { href } from "@/lib/graph/hrefs";
import { NONE_BUDAPEST, NONE_MODELS, type Flow, type LineageFlows } from "@/lib/lineage/flows";
import { layoutSankey, SANKEY, type PlacedNode } from "@/lib/lineage/sankey";
import { TABLE_CLASS } from "./styles";

const TONE: Record<Flow["side"], string> = { budapest: "fill-link", "un-models": "fill-accent" };

/**
 * The alluvial diagram of flows between the earlier treaties' chapters and the UN chapters, drawn
 * at build time as static SVG (no client code), followed by the same data as a table.
 */
export function LineageDiagram({ flows }: { flows: LineageFlows }) {
  const layout = layoutSankey(flows);
  const names = new Map([...flows.budapest, ...flows.un, ...flows.models].map((n) => [n.key, n.name]));
  return (
    <figure className="my-4" data-slot="lineage-diagram">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="img"
        aria-labelledby="lineage-diagram-title lineage-diagram-desc"
        className="block h-auto"
        style={{ maxWidth: `${layout.width}px` }}
      >
        <title id="lineage-diagram-title">Where the UN Convention&apos;s chapters come from</title>
        <desc id="lineage-diagram-desc">
          Bands join the Budapest Convention&apos;s chapters (left) and the UNTOC and UNCAC chapters (right) to the UN Convention&apos;s nine chapters (middle);
          a band&apos;s width is the number of UN articles it carries. The table below the diagram, &quot;The diagram as a table&quot;, gives the same flows in
          words.
        </desc>
        <g>
          {layout.bands.map((band) => {
            const none = band.flow.from === NONE_BUDAPEST || band.flow.from === NONE_MODELS;
            return (
              <path
                key={`${band.flow.from}>${band.flow.unChapter}`}
                d={band.d}
                className={`lineage-band ${none ? "fill-ink-muted opacity-15" : `${TONE[band.flow.side]} opacity-30`}`}
              >
                <title>{`${names.get(band.flow.from) ?? band.flow.from} → UN chapter ${band.flow.unChapter}: ${articleList(band.flow.articles)}`}</title>
              </path>
            );
          })}
        </g>
        <g>
          {layout.nodes.map((node) => (
            <NodeMark key={`${node.column}:${node.key}`} node={node} />
          ))}
        </g>
      </svg>
      <figcaption className="text-sm muted mt-2">
        Left: the Budapest Convention&apos;s chapters and sections. Middle: the UN Convention&apos;s chapters. Right: UNTOC and the chapters of UNCAC. Grey
        bands carry UN articles with no counterpart on that side. A UN article with counterparts in several places is shared equally between them.
      </figcaption>
    </figure>
  );
}

function NodeMark({ node }: { node: PlacedNode }) {
  const labelX = node.column === 0 ? node.x - 6 : node.x + SANKEY.nodeWidth + 6;
  return (
    <g>
      <rect x={node.x} y={node.y} width={SANKEY.nodeWidth} height={Math.max(node.height, 1.5)} className="fill-ink" />
      <text
        x={labelX}
        y={node.y + node.height / 2}
        dominantBaseline="middle"
        textAnchor={node.column === 0 ? "end" : "start"}
        fontSize={12}
        className="fill-ink stroke-canvas stroke-4 [paint-order:stroke] [stroke-linejoin:round]"
      >
        {node.label}
      </text>
    </g>
  );
}

/** "articles 7–14, 18" style list of UN articles. */
export function articleList(articles: readonly number[]): string {
  const sorted = [...articles].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return `${sorted.length === 1 ? "article" : "articles"} ${runs.join(", ")}`;
}

/** The diagram's text alternative: every band as a row, with the UN articles it carries linked. */
export function LineageFlowTable({ flows }: { flows: LineageFlows }) {
  const names = new Map([...flows.budapest, ...flows.models].map((n) => [n.key, n.name]));
  const unName = new Map(flows.un.map((n) => [n.key, n.name]));
  const order = [...flows.budapest, ...flows.models].map((n) => n.key);
  const rows = [...flows.flows].sort(
    (a, b) =>
      flows.un.findIndex((n) => n.key === a.unChapter) - flows.un.findIndex((n) => n.key === b.unChapter) || order.indexOf(a.from) - order.indexOf(b.from),
  );
  return (
    <table className={TABLE_CLASS} data-slot="lineage-flow-table">
      <caption className="text-left muted my-1">Which UN articles come from where: every band of the diagram, by UN chapter.</caption>
      <thead>
        <tr>
          <th scope="col">UN chapter</th>
          <th scope="col">Earlier treaty (chapter)</th>
          <th scope="col">UN articles</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((flow) => (
          <tr key={`${flow.from}>${flow.unChapter}`}>
            <td>{unName.get(flow.unChapter)}</td>
            <td>{names.get(flow.from)}</td>
            <td>
              {[...flow.articles]
                .sort((a, b) => a - b)
                .map((n, i) => (
                  <span key={n}>
                    {i > 0 && ", "}
                    <Link href={href.article(n)}>{n}</Link>
                  </span>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
