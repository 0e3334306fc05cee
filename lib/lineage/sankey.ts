import type { Flow, FlowNode, LineageFlows } from "./flows";

/** Geometry of the alluvial diagram, in SVG user units. */
export const SANKEY = { width: 1250, unit: 7, gap: 10, margin: 12, nodeWidth: 12, columns: [256, 516, 872] } as const;

export interface PlacedNode extends FlowNode {
  column: 0 | 1 | 2;
  x: number;
  y: number;
  height: number;
  /** Articles the block stands for (bands may split an article between blocks). */
  size: number;
}

export interface Band {
  flow: Flow;
  /** Closed path of the band, from the earlier treaty's block to the UN chapter. */
  d: string;
}

export interface SankeyLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  bands: Band[];
}

const round = (n: number) => Math.round(n * 10) / 10;

function band(x0: number, y0: number, x1: number, y1: number, thickness: number): string {
  const mid = round((x0 + x1) / 2);
  const [a, b, c, d, t] = [round(x0), round(y0), round(x1), round(y1), round(thickness)];
  return `M${a} ${b}C${mid} ${b} ${mid} ${d} ${c} ${d}L${c} ${round(d + t)}C${mid} ${round(d + t)} ${mid} ${round(b + t)} ${a} ${round(b + t)}Z`;
}

/** Stacks a column's blocks top to bottom, centred in the diagram's height. */
function placeColumn(nodes: Array<FlowNode & { size: number }>, column: 0 | 1 | 2, height: number): PlacedNode[] {
  const total = nodes.reduce((sum, n) => sum + n.size * SANKEY.unit, 0) + SANKEY.gap * Math.max(0, nodes.length - 1);
  let y = (height - total) / 2;
  return nodes.map((node) => {
    const placed = { ...node, column, x: SANKEY.columns[column], y: round(y), height: round(node.size * SANKEY.unit) };
    y += node.size * SANKEY.unit + SANKEY.gap;
    return placed;
  });
}

/**
 * Lays out the diagram: Budapest blocks on the left, UN chapters in the middle, UNTOC and UNCAC
 * blocks on the right. Band widths are proportional to their weight in articles; bands leave each
 * block in the order of the blocks they reach, so they cross as little as the order allows.
 */
export function layoutSankey(flows: LineageFlows): SankeyLayout {
  const sizeOf = (key: string) => flows.flows.filter((f) => f.from === key).reduce((sum, f) => sum + f.weight, 0);
  const left = flows.budapest.map((n) => ({ ...n, size: sizeOf(n.key) }));
  const right = flows.models.map((n) => ({ ...n, size: sizeOf(n.key) }));
  const middle = flows.un.map((n) => ({ ...n, size: n.articles }));
  const columnHeight = (nodes: Array<{ size: number }>) => nodes.reduce((s, n) => s + n.size * SANKEY.unit, 0) + SANKEY.gap * Math.max(0, nodes.length - 1);
  const height = round(Math.max(columnHeight(left), columnHeight(middle), columnHeight(right)) + 2 * SANKEY.margin);
  const nodes = [...placeColumn(left, 0, height), ...placeColumn(middle, 1, height), ...placeColumn(right, 2, height)];
  const byKey = new Map(nodes.map((n) => [`${n.column}:${n.key}`, n]));
  const order = (column: number, key: string) => nodes.findIndex((n) => n.column === column && n.key === key);

  const bands: Band[] = [];
  for (const [side, outer] of [
    ["budapest", 0],
    ["un-models", 2],
  ] as const) {
    const sideFlows = flows.flows.filter((f) => f.side === side);
    // Where the next band starts on each block's edge.
    const outerCursor = new Map<string, number>();
    const middleCursor = new Map<string, number>();
    const byOuter = [...sideFlows].sort((a, b) => order(outer, a.from) - order(outer, b.from) || order(1, a.unChapter) - order(1, b.unChapter));
    const byMiddle = [...sideFlows].sort((a, b) => order(1, a.unChapter) - order(1, b.unChapter) || order(outer, a.from) - order(outer, b.from));
    const outerY = new Map<Flow, number>();
    for (const flow of byOuter) {
      const node = byKey.get(`${outer}:${flow.from}`)!;
      const y = outerCursor.get(flow.from) ?? node.y;
      outerY.set(flow, y);
      outerCursor.set(flow.from, y + flow.weight * SANKEY.unit);
    }
    for (const flow of byMiddle) {
      const un = byKey.get(`1:${flow.unChapter}`)!;
      const y = middleCursor.get(flow.unChapter) ?? un.y;
      middleCursor.set(flow.unChapter, y + flow.weight * SANKEY.unit);
      const thickness = flow.weight * SANKEY.unit;
      const d =
        side === "budapest"
          ? band(SANKEY.columns[0] + SANKEY.nodeWidth, outerY.get(flow)!, SANKEY.columns[1], y, thickness)
          : band(SANKEY.columns[2], outerY.get(flow)!, SANKEY.columns[1] + SANKEY.nodeWidth, y, thickness);
      bands.push({ flow, d });
    }
  }
  return { width: SANKEY.width, height, nodes, bands };
}
