import { href, openDataHref, type DataSchemaName } from "../graph/hrefs";
import { articleOfNodeId, parseNodeId } from "../graph/ids";
import {
  annotationsFor,
  positionsOf,
  reportedAbout,
  articleTopics,
  getArticle,
  getChapter,
  referencedBy,
  referencesFrom,
  type NodeLink,
} from "../graph/queries";
import { citationPath } from "../cite/provision";
import type { AnnotationNode, ArticleNode, ClauseGraph } from "../schema/graph";
import type { OfficialSource } from "../official/schema";
import { datasetInfo } from "./dataset";
import {
  DATA_SCHEMA_VERSION,
  type AnnotationsDataFile,
  type ArticleDataFile,
  type GraphDataFile,
  type NodeLinkData,
  type StakeholdersDataFile,
} from "./schemas";

/** Makes a site path absolute (lib/site's absoluteUrl on the site; a fixed origin in tests). */
export type ToUrl = (path: string) => string;

function envelope(graph: ClauseGraph, name: DataSchemaName, url: ToUrl, official?: OfficialSource) {
  return {
    $schema: url(openDataHref.schema(name)),
    schemaVersion: DATA_SCHEMA_VERSION,
    dataset: datasetInfo(graph, url(openDataHref.page()), official),
  } as const;
}

/** `/data/graph.json`. */
export function graphData(graph: ClauseGraph, url: ToUrl, official?: OfficialSource): GraphDataFile {
  return { ...envelope(graph, "graph", url, official), graph };
}

function citationLinks(pin: string, url: ToUrl): ArticleDataFile["article"]["citations"] {
  return { bib: url(openDataHref.citation(pin, "bib")), ris: url(openDataHref.citation(pin, "ris")), json: url(openDataHref.citation(pin, "json")) };
}

const linkData =
  (url: ToUrl) =>
  (link: NodeLink): NodeLinkData => ({ id: link.id, label: link.label, url: url(link.href) });
const annotationData = (url: ToUrl) => (annotation: AnnotationNode) => ({ ...annotation, url: url(href.source(annotation.source, annotation.id)) });

/** Terms an article's digest uses or defines, in the graph's term order. */
function articleTerms(graph: ClauseGraph, article: ArticleNode, url: ToUrl): ArticleDataFile["terms"] {
  const used = new Map<string, boolean>();
  for (const edge of graph.edges) {
    if ((edge.kind !== "uses" && edge.kind !== "defines") || articleOfNodeId(edge.from) !== article.number) continue;
    const slug = parseNodeId(edge.to)?.key;
    if (slug !== undefined) used.set(slug, (used.get(slug) ?? false) || edge.kind === "defines");
  }
  return graph.terms
    .filter((term) => used.has(term.slug))
    .map((term) => ({ slug: term.slug, term: term.term, url: url(href.term(term.slug)), definedHere: used.get(term.slug) === true }));
}

/** `/data/articles/<n>.json`; undefined for an article the graph does not have. */
export function articleData(graph: ClauseGraph, number: number, url: ToUrl, official?: OfficialSource): ArticleDataFile | undefined {
  const article = getArticle(graph, number);
  const chapter = article && getChapter(graph, article.chapter);
  if (!article || !chapter) return undefined;
  const { paragraphs, ...rest } = article;
  return {
    ...envelope(graph, "article", url, official),
    article: { ...rest, url: url(href.article(number)), citations: citationLinks(String(number), url) },
    chapter: { numeral: chapter.numeral, title: chapter.title, url: url(href.chapter(chapter.numeral)) },
    paragraphs: paragraphs.map((p) => ({ ...p, url: url(citationPath(p.pin)), pageUrl: url(href.pinpointPage(p.pin)), citations: citationLinks(p.pin, url) })),
    references: referencesFrom(graph, number).map(linkData(url)),
    referencedBy: referencedBy(graph, number).map(linkData(url)),
    terms: articleTerms(graph, article, url),
    topics: articleTopics(graph, article).map((topic) => ({ slug: topic.slug, title: topic.title, url: url(href.topic(topic.slug)) })),
    annotations: annotationsFor(graph, String(number)).map(annotationData(url)),
  };
}

/** `/data/annotations.json`. */
export function annotationsData(graph: ClauseGraph, url: ToUrl, official?: OfficialSource): AnnotationsDataFile {
  return {
    ...envelope(graph, "annotations", url, official),
    annotations: graph.annotations.map(annotationData(url)),
    sources: graph.sources.map((source) => ({ ...source, url: url(href.source(source.id)) })),
  };
}

/** `/data/stakeholders.json`. */
export function stakeholdersData(graph: ClauseGraph, url: ToUrl, official?: OfficialSource): StakeholdersDataFile {
  return {
    ...envelope(graph, "stakeholders", url, official),
    stakeholders: graph.stakeholders.map((s) => ({
      ...s,
      url: url(href.stakeholder(s)),
      positions: positionsOf(graph, s.id).length,
      reportedActions: reportedAbout(graph, s.id).length,
    })),
  };
}
