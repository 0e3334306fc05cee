import type { ClauseGraph } from "../schema/graph";
import type { LineageArticle, LineageTreatyNode, MappingNode } from "../schema/lineage";

/** One block of the diagram: a chapter (or section) of an earlier treaty, a UN chapter, or "no counterpart". */
export interface FlowNode {
  key: string;
  /** Short label drawn beside the block. */
  label: string;
  /** Full name for the text alternative. */
  name: string;
}

/** UN articles of one UN chapter whose counterparts sit in one block of an earlier treaty. */
export interface Flow {
  side: "budapest" | "un-models";
  /** The earlier treaty's block (or that side's "none" block). */
  from: string;
  /** The UN chapter numeral. */
  unChapter: string;
  /**
   * Width of the band in articles. Each UN article counts once per side, split equally among
   * its counterparts there, so each side adds up to the number of UN articles.
   */
  weight: number;
  /** The UN articles in the band. */
  articles: number[];
}

export interface LineageFlows {
  budapest: FlowNode[];
  un: Array<FlowNode & { articles: number }>;
  models: FlowNode[];
  flows: Flow[];
}

export const NONE_BUDAPEST = "budapest:none";
export const NONE_MODELS = "models:none";

/** Budapest blocks are chapters, split into sections where a chapter has them: `budapest:II.2`. */
function budapestBlock(treaty: LineageTreatyNode, article: LineageArticle): FlowNode {
  const chapter = treaty.chapters.find((c) => c.numeral === article.chapter);
  const section = /^Section (\d+) – (.+)$/u.exec(article.section ?? "");
  const numeral = article.chapter ?? "";
  if (section) {
    return {
      key: `budapest:${numeral}.${section[1]}`,
      label: `Budapest ${numeral} §${section[1]} ${section[2]}`,
      name: `Budapest Convention, Chapter ${numeral}, Section ${section[1]} – ${section[2]}`,
    };
  }
  return {
    key: `budapest:${numeral}`,
    label: `Budapest ${numeral} ${chapter?.title ?? ""}`.trim(),
    name: `Budapest Convention, Chapter ${numeral} – ${chapter?.title ?? ""}`,
  };
}

/** UNTOC has no chapters, so it is one block; UNCAC blocks are its chapters. */
function modelBlock(treaty: LineageTreatyNode, article: LineageArticle): FlowNode {
  const chapter = treaty.chapters.find((c) => c.numeral === article.chapter);
  if (!chapter) return { key: treaty.id, label: treaty.shortName, name: treaty.name };
  return {
    key: `${treaty.id}:${chapter.numeral}`,
    label: `${treaty.shortName} ${chapter.numeral} ${chapter.title}`,
    name: `${treaty.shortName}, Chapter ${chapter.numeral} – ${chapter.title}`,
  };
}

/**
 * The flows between the earlier treaties' chapters and the UN chapters, for the alluvial
 * diagram and its text alternative: Budapest on one side, UNTOC and UNCAC (the UN models) on the other.
 */
export function lineageFlows(graph: ClauseGraph): LineageFlows {
  const treaties = new Map(graph.lineage.treaties.map((t) => [t.id, t]));
  const chapterOf = new Map(graph.articles.map((a) => [a.number, a.chapter]));
  const blocks = new Map<string, FlowNode>();
  const flows = new Map<string, Flow>();
  const add = (side: Flow["side"], block: FlowNode, mapping: MappingNode, share: number) => {
    blocks.set(block.key, block);
    const unChapter = chapterOf.get(mapping.article) ?? "";
    const id = `${block.key}>${unChapter}`;
    const flow = flows.get(id) ?? { side, from: block.key, unChapter, weight: 0, articles: [] };
    flow.weight += share;
    if (!flow.articles.includes(mapping.article)) flow.articles.push(mapping.article);
    flows.set(id, flow);
  };
  for (const mapping of graph.lineage.mappings) {
    const placed = mapping.counterparts.flatMap((c) => {
      const treaty = treaties.get(c.treaty);
      const article = treaty?.articles.find((a) => a.number === c.article);
      return treaty && article ? [{ treaty, article }] : [];
    });
    const left = placed.filter((p) => p.treaty.id === "budapest").map((p) => budapestBlock(p.treaty, p.article));
    const right = placed.filter((p) => p.treaty.id !== "budapest").map((p) => modelBlock(p.treaty, p.article));
    if (left.length === 0) left.push({ key: NONE_BUDAPEST, label: "Not in Budapest", name: "No counterpart in the Budapest Convention" });
    if (right.length === 0) right.push({ key: NONE_MODELS, label: "Not in UNTOC or UNCAC", name: "No counterpart in UNTOC or UNCAC" });
    for (const block of left) add("budapest", block, mapping, 1 / left.length);
    for (const block of right) add("un-models", block, mapping, 1 / right.length);
  }
  const ordered = (prefix: (key: string) => boolean, order: string[]) =>
    [...blocks.values()]
      .filter((b) => prefix(b.key))
      .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.key.localeCompare(b.key, "en", { numeric: true }));
  const budapestOrder = [...blockOrder(treaties.get("budapest"), budapestBlock), NONE_BUDAPEST];
  const modelOrder = [...blockOrder(treaties.get("untoc"), modelBlock), ...blockOrder(treaties.get("uncac"), modelBlock), NONE_MODELS];
  const mapped = new Set(graph.lineage.mappings.map((m) => m.article));
  return {
    budapest: ordered((k) => k.startsWith("budapest:"), budapestOrder),
    un: graph.chapters.map((c) => ({
      key: c.numeral,
      label: `UN ${c.numeral} ${c.title}`,
      name: `UN Convention, Chapter ${c.numeral} – ${c.title}`,
      articles: c.articles.filter((n) => mapped.has(n)).length,
    })),
    models: ordered((k) => !k.startsWith("budapest:"), modelOrder),
    flows: [...flows.values()],
  };
}

/** Block keys in treaty order (the order of the treaty's articles). */
function blockOrder(treaty: LineageTreatyNode | undefined, block: (t: LineageTreatyNode, a: LineageArticle) => FlowNode): string[] {
  if (!treaty) return [];
  return [...new Set(treaty.articles.map((a) => block(treaty, a).key))];
}
