import type { ArticleNode, ClauseGraph } from "../schema/graph";
import type { CounterpartNode, LineageArticle, LineageTreatyId, LineageTreatyNode, MappingNode, Relation } from "../schema/lineage";

/** How the site names each relation, with what it means (shown in the table's key). */
export const RELATION_LABELS: Record<Relation, { label: string; meaning: string }> = {
  same: { label: "same", meaning: "same subject; our notes record no difference of substance" },
  adapted: { label: "adapted", meaning: "same subject, reworded or restructured" },
  widened: { label: "widened", meaning: "the UN article reaches further (more conduct, material, parties or tasks)" },
  narrowed: { label: "narrowed", meaning: "the UN article reaches less far or binds less firmly" },
  partial: { label: "partial", meaning: "the counterpart covers only part of the UN article's subject" },
};

export const CONFIDENCE_MEANING = {
  high: "same subject and a near-identical title or structure",
  medium: "overlapping subject",
  low: "a loose match",
} as const;

interface LineageIndex {
  treaties: Map<string, LineageTreatyNode>;
  articles: Map<string, LineageArticle>;
  mappings: Map<number, MappingNode>;
  /** UN articles mapped to each earlier article, keyed `budapest:19`. */
  mappedTo: Map<string, Array<{ mapping: MappingNode; counterpart: CounterpartNode }>>;
}

const indexes = new WeakMap<ClauseGraph, LineageIndex>();
const key = (treaty: string, n: number) => `${treaty}:${n}`;

function index(graph: ClauseGraph): LineageIndex {
  let built = indexes.get(graph);
  if (built) return built;
  const { treaties, mappings } = graph.lineage;
  built = {
    treaties: new Map(treaties.map((t) => [t.id, t])),
    articles: new Map(treaties.flatMap((t) => t.articles.map((a) => [key(t.id, a.number), a] as const))),
    mappings: new Map(mappings.map((m) => [m.article, m])),
    mappedTo: new Map(),
  };
  for (const mapping of mappings) {
    for (const counterpart of mapping.counterparts) {
      const at = key(counterpart.treaty, counterpart.article);
      built.mappedTo.set(at, [...(built.mappedTo.get(at) ?? []), { mapping, counterpart }]);
    }
  }
  indexes.set(graph, built);
  return built;
}

export function lineageTreaty(graph: ClauseGraph, id: string): LineageTreatyNode | undefined {
  return index(graph).treaties.get(id);
}

export function lineageArticle(graph: ClauseGraph, treaty: string, n: number): LineageArticle | undefined {
  return index(graph).articles.get(key(treaty, n));
}

/** A UN article's mapping; undefined when the content has no lineage. */
export function mappingFor(graph: ClauseGraph, unArticle: number): MappingNode | undefined {
  return index(graph).mappings.get(unArticle);
}

/** The UN articles that map to one earlier article, in UN order, with the UN article itself. */
export function unArticlesMappedTo(
  graph: ClauseGraph,
  treaty: string,
  n: number,
): Array<{ article: ArticleNode; mapping: MappingNode; counterpart: CounterpartNode }> {
  const rows = index(graph).mappedTo.get(key(treaty, n)) ?? [];
  return rows.flatMap(({ mapping, counterpart }) => {
    const article = graph.articles.find((a) => a.number === mapping.article);
    return article ? [{ article, mapping, counterpart }] : [];
  });
}

/** "Chapter II · Section 2 – Procedural law", or "" for a treaty without chapters. */
export function placeOf(treaty: LineageTreatyNode, article: LineageArticle): string {
  const chapter = treaty.chapters.find((c) => c.numeral === article.chapter);
  const parts = [chapter ? `Chapter ${chapter.numeral} – ${chapter.title}` : "", article.section ?? "", article.subsection ?? ""];
  return parts.filter(Boolean).join(" · ");
}

/** "Budapest Convention, art. 19(4)" */
export function counterpartLabel(treaty: LineageTreatyNode, counterpart: { article: number; paragraph?: number }): string {
  return `${treaty.shortName}, art. ${counterpart.article}${counterpart.paragraph !== undefined ? `(${counterpart.paragraph})` : ""}`;
}

/** What is new in the UN Convention: articles with no counterpart, not in Budapest, and counterparts it widened or narrowed. */
export function lineageNews(graph: ClauseGraph): {
  noCounterpart: MappingNode[];
  notInBudapest: MappingNode[];
  widened: Array<{ mapping: MappingNode; counterpart: CounterpartNode }>;
  narrowed: Array<{ mapping: MappingNode; counterpart: CounterpartNode }>;
} {
  const { mappings } = graph.lineage;
  const withRelation = (relation: Relation) =>
    mappings.flatMap((mapping) => mapping.counterparts.filter((c) => c.relation === relation).map((counterpart) => ({ mapping, counterpart })));
  return {
    noCounterpart: mappings.filter((m) => m.none),
    notInBudapest: mappings.filter((m) => !m.none && !m.counterparts.some((c) => c.treaty === "budapest")),
    widened: withRelation("widened"),
    narrowed: withRelation("narrowed"),
  };
}

/** The treaties a mapping reaches ("none" when it has no counterpart), for the table's filter. */
export function treatiesOf(mapping: MappingNode): Array<LineageTreatyId | "none"> {
  if (mapping.none) return ["none"];
  return [...new Set(mapping.counterparts.map((c) => c.treaty))];
}
