import { formatPinpoint, parsePinpoint } from "../pinpoint";
import type {
  AnnotationNode,
  ArticleNode,
  ChapterNode,
  ClauseGraph,
  Edge,
  ParagraphNode,
  SourceNode,
  StakeholderNode,
  TermNode,
  TopicNode,
} from "../schema/graph";
import { href } from "./hrefs";
import { articleOfNodeId, nodeId, parseNodeId } from "./ids";

interface GraphIndex {
  articles: Map<number, ArticleNode>;
  paragraphs: Map<string, ParagraphNode>;
  stakeholders: Map<string, StakeholderNode>;
  terms: Map<string, TermNode>;
  topics: Map<string, TopicNode>;
  sources: Map<string, SourceNode>;
  chapters: Map<string, ChapterNode>;
  annotations: Map<string, AnnotationNode>;
  edgesTo: Map<string, Edge[]>;
  edgesFrom: Map<string, Edge[]>;
}

const indexes = new WeakMap<ClauseGraph, GraphIndex>();

/** Lookup tables built once per graph. */
function index(graph: ClauseGraph): GraphIndex {
  let built = indexes.get(graph);
  if (built) return built;
  const push = (map: Map<string, Edge[]>, key: string, edge: Edge) => map.set(key, [...(map.get(key) ?? []), edge]);
  built = {
    articles: new Map(graph.articles.map((a) => [a.number, a])),
    paragraphs: new Map(graph.articles.flatMap((a) => a.paragraphs.map((p) => [p.pin, p] as const))),
    stakeholders: new Map(graph.stakeholders.map((s) => [s.id, s])),
    terms: new Map(graph.terms.map((t) => [t.slug, t])),
    topics: new Map(graph.topics.map((t) => [t.slug, t])),
    sources: new Map(graph.sources.map((s) => [s.id, s])),
    chapters: new Map(graph.chapters.map((c) => [c.numeral, c])),
    annotations: new Map(graph.annotations.map((a) => [a.id, a])),
    edgesTo: new Map(),
    edgesFrom: new Map(),
  };
  for (const edge of graph.edges) {
    push(built.edgesTo, edge.to, edge);
    push(built.edgesFrom, edge.from, edge);
  }
  indexes.set(graph, built);
  return built;
}

export function getArticle(graph: ClauseGraph, number: number): ArticleNode | undefined {
  return index(graph).articles.get(number);
}

/** A paragraph by pinpoint in any accepted spelling (`28 (4)` finds `28(4)`). */
export function getParagraph(graph: ClauseGraph, pin: string): ParagraphNode | undefined {
  const normal = parsePinpoint(pin);
  return normal ? index(graph).paragraphs.get(formatPinpoint(normal)) : undefined;
}

export function getStakeholder(graph: ClauseGraph, id: string): StakeholderNode | undefined {
  return index(graph).stakeholders.get(id);
}

export function getTerm(graph: ClauseGraph, slug: string): TermNode | undefined {
  return index(graph).terms.get(slug);
}

/** The articles before and after, in treaty order. */
export function previousAndNext(graph: ClauseGraph, number: number): { previous?: ArticleNode; next?: ArticleNode } {
  const position = graph.articles.findIndex((article) => article.number === number);
  return { previous: graph.articles[position - 1], next: position === -1 ? undefined : graph.articles[position + 1] };
}

/** A paragraph's direct children, in treaty order. */
export function childParagraphs(article: ArticleNode, pin: string | null): ParagraphNode[] {
  return article.paragraphs.filter((paragraph) => paragraph.parent === pin);
}

/** A paragraph and everything below it. */
export function paragraphSubtree(article: ArticleNode, pin: string): ParagraphNode[] {
  return article.paragraphs.filter((paragraph) => paragraph.pin === pin || paragraph.pin.startsWith(`${pin}(`));
}

/** Where a node lives on the site, and how to name it in a list. */
export interface NodeLink {
  id: string;
  label: string;
  href: string;
}

/** Turns any node id of the graph into a label and a URL. */
export function describeNode(graph: ClauseGraph, id: string): NodeLink | undefined {
  const parsed = parseNodeId(id);
  if (!parsed) return undefined;
  const { kind, key } = parsed;
  const g = index(graph);
  switch (kind) {
    case "treaty":
      return { id, label: graph.treaty.shortTitle, href: href.home() };
    case "preamble":
      return { id, label: "Preamble", href: href.preamble() };
    case "article": {
      const article = g.articles.get(Number(key));
      return article && { id, label: `Article ${article.number}: ${article.title}`, href: href.article(article.number) };
    }
    case "paragraph": {
      const paragraph = g.paragraphs.get(key);
      const article = paragraph && g.articles.get(paragraph.article);
      return (
        paragraph &&
        article && {
          id,
          label: `Article ${paragraph.pin}${paragraph.label ? `: ${paragraph.label}` : ` (${article.title})`}`,
          href: href.pinpoint(paragraph.pin),
        }
      );
    }
    case "chapter": {
      const chapter = g.chapters.get(key);
      return chapter && { id, label: `Chapter ${chapter.numeral}: ${chapter.title}`, href: href.chapter(chapter.numeral) };
    }
    case "term": {
      const term = g.terms.get(key);
      return term && { id, label: `Term: ${term.term}`, href: href.term(term.slug) };
    }
    case "topic": {
      const topic = g.topics.get(key);
      return topic && { id, label: `Key issue: ${topic.title}`, href: href.topic(topic.slug) };
    }
    case "annotation": {
      const annotation = g.annotations.get(key);
      const who = annotation && g.stakeholders.get(annotation.voice);
      return annotation && { id, label: `Commentary by ${who?.name ?? annotation.voice}`, href: href.source(annotation.source, annotation.id) };
    }
    case "stakeholder": {
      const stakeholder = g.stakeholders.get(key);
      return stakeholder && { id, label: stakeholder.name, href: href.stakeholder(stakeholder) };
    }
    case "source": {
      const source = g.sources.get(key);
      return source && { id, label: source.title, href: href.source(source.id) };
    }
    default:
      return undefined;
  }
}

function isInArticle(id: string, number: number): boolean {
  return articleOfNodeId(id) === number;
}

/** The ids of an article and all its paragraphs. */
function articleNodeIds(article: ArticleNode): string[] {
  return [nodeId.article(article.number), ...article.paragraphs.map((p) => nodeId.paragraph(p.pin))];
}

function isAnnotationId(id: string): boolean {
  return parseNodeId(id)?.kind === "annotation";
}

function uniqueLinks(graph: ClauseGraph, ids: Iterable<string>): NodeLink[] {
  return [...new Set(ids)].flatMap((id) => describeNode(graph, id) ?? []);
}

/** What an article (digest and paragraphs) refers to, outside itself. */
export function referencesFrom(graph: ClauseGraph, number: number): NodeLink[] {
  const article = getArticle(graph, number);
  if (!article) return [];
  const from = articleNodeIds(article);
  const g = index(graph);
  const targets = from.flatMap((id) => (g.edgesFrom.get(id) ?? []).filter((e) => e.kind === "references" && !isInArticle(e.to, number)).map((e) => e.to));
  return uniqueLinks(graph, targets).sort(byProvision);
}

/** What refers to an article or any of its paragraphs, from outside it ("referenced by"). */
export function referencedBy(graph: ClauseGraph, number: number): NodeLink[] {
  const article = getArticle(graph, number);
  if (!article) return [];
  const targets = articleNodeIds(article);
  const g = index(graph);
  const sources = targets.flatMap((id) =>
    (g.edgesTo.get(id) ?? []).filter((e) => e.kind === "references" && !isInArticle(e.from, number) && !isAnnotationId(e.from)).map((e) => e.from),
  );
  return uniqueLinks(graph, sources).sort(byProvision);
}

/** What refers to one paragraph, in treaty order. */
export function paragraphReferencedBy(graph: ClauseGraph, pin: string): NodeLink[] {
  const g = index(graph);
  return uniqueLinks(
    graph,
    (g.edgesTo.get(nodeId.paragraph(pin)) ?? []).filter((e) => e.kind === "references" && !isAnnotationId(e.from)).map((e) => e.from),
  ).sort(byProvision);
}

function byProvision(a: NodeLink, b: NodeLink): number {
  const order = (link: NodeLink) => articleOfNodeId(link.id) ?? 1000;
  return order(a) - order(b) || a.id.localeCompare(b.id, "en", { numeric: true });
}

/** Every article and paragraph that uses a term, grouped by article in treaty order. */
export function termUsages(graph: ClauseGraph, slug: string): Array<{ article: ArticleNode; places: NodeLink[] }> {
  const from = (index(graph).edgesTo.get(nodeId.term(slug)) ?? []).filter((e) => e.kind === "uses").map((e) => e.from);
  const byArticle = new Map<number, string[]>();
  for (const id of from) {
    const number = articleOfNodeId(id);
    if (number !== undefined) byArticle.set(number, [...(byArticle.get(number) ?? []), id]);
  }
  return [...byArticle]
    .sort(([a], [b]) => a - b)
    .flatMap(([number, ids]) => {
      const article = getArticle(graph, number);
      return article ? [{ article, places: uniqueLinks(graph, ids) }] : [];
    });
}

/** Whether an annotation's provision falls within a pinpoint (or, for an article, anywhere in it). */
export function provisionWithin(provision: string, pin: string): boolean {
  if (provision === pin) return true;
  const inner = parsePinpoint(provision);
  const outer = parsePinpoint(pin);
  if (!inner || !outer || inner.article !== outer.article) return false;
  return formatPinpoint(inner).startsWith(`${formatPinpoint(outer)}(`) || (outer.paragraph === undefined && outer.letter === undefined);
}

/** Annotations on a provision or anything inside it; with groups, only the positions voiced by those groups. */
export function annotationsFor(graph: ClauseGraph, pin: string, groups?: readonly string[]): AnnotationNode[] {
  const chosen = groups && groups.length > 0 ? groups : undefined;
  return graph.annotations.filter(
    (annotation) =>
      annotation.provisions.some((provision) => provisionWithin(provision, pin)) &&
      (!chosen || (isPosition(annotation) && chosen.includes(annotation.voiceGroup))),
  );
}

/**
 * Whether an annotation is about the treaty as a whole or its preamble rather than any article.
 * The one definition the matrix, the stakeholder pages and the lens share.
 */
export function isTreatyWide(annotation: AnnotationNode): boolean {
  return annotation.provisions.includes("treaty") || annotation.provisions.includes("preamble");
}

/** Annotations about the treaty as a whole, its process or its preamble. */
export function treatyWideAnnotations(graph: ClauseGraph): AnnotationNode[] {
  return graph.annotations.filter(isTreatyWide);
}

/** A position is the voice's own view; only positions count as what a stakeholder said. */
export function isPosition(annotation: AnnotationNode): annotation is AnnotationNode & { stance: Stance } {
  return annotation.kind === "position" && annotation.stance !== undefined;
}

export type Stance = NonNullable<AnnotationNode["stance"]>;

/** The top-level stakeholder groups, used as lenses. */
export function stakeholderGroups(graph: ClauseGraph): StakeholderNode[] {
  return graph.stakeholders.filter((stakeholder) => stakeholder.parent === undefined);
}

/** Stakeholders below a group or organisation, in file order. */
export function stakeholderMembers(graph: ClauseGraph, id: string): StakeholderNode[] {
  return graph.stakeholders.filter((stakeholder) => stakeholder.parent === id);
}

/** A stakeholder and everyone below it. */
function subtree(graph: ClauseGraph, id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of graph.stakeholders) {
      if (s.parent && ids.has(s.parent) && !ids.has(s.id)) {
        ids.add(s.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Everything voiced by a stakeholder or anyone below it: positions, and the accounts and reports of writers. */
export function voicedBy(graph: ClauseGraph, id: string): AnnotationNode[] {
  const ids = subtree(graph, id);
  return graph.annotations.filter((annotation) => ids.has(annotation.voice));
}

/** The positions of a stakeholder or anyone below it: what they themselves said. */
export function positionsOf(graph: ClauseGraph, id: string): AnnotationNode[] {
  return voicedBy(graph, id).filter(isPosition);
}

/** Actions of a stakeholder (or anyone below it) that sources report; never counted as its positions. */
export function reportedAbout(graph: ClauseGraph, id: string): AnnotationNode[] {
  const ids = subtree(graph, id);
  return graph.annotations.filter((annotation) => annotation.kind === "reported" && annotation.actor !== undefined && ids.has(annotation.actor));
}

/** The article numbers an annotation concerns (none for treaty-wide claims). */
export function annotationArticles(annotation: AnnotationNode): number[] {
  return [...new Set(annotation.provisions.flatMap((p) => parsePinpoint(p)?.article ?? []))].sort((a, b) => a - b);
}

/** Stakeholder group × article: how many positions of each stance, for the overview matrix. */
export function stanceMatrix(graph: ClauseGraph): Map<string, Map<number, Record<Stance, number>>> {
  const matrix = new Map<string, Map<number, Record<Stance, number>>>();
  for (const annotation of graph.annotations.filter(isPosition)) {
    const row = matrix.get(annotation.voiceGroup) ?? new Map<number, Record<Stance, number>>();
    for (const number of annotationArticles(annotation)) {
      const cell = row.get(number) ?? { concern: 0, support: 0, mixed: 0, context: 0 };
      cell[annotation.stance] += 1;
      row.set(number, cell);
    }
    matrix.set(annotation.voiceGroup, row);
  }
  return matrix;
}

export function getChapter(graph: ClauseGraph, numeralOrSlug: string): ChapterNode | undefined {
  return index(graph).chapters.get(numeralOrSlug.toUpperCase());
}

/** The chapters before and after, in treaty order. */
export function adjacentChapters(graph: ClauseGraph, numeral: string): { previous?: ChapterNode; next?: ChapterNode } {
  const position = graph.chapters.findIndex((chapter) => chapter.numeral === numeral);
  return position === -1 ? {} : { previous: graph.chapters[position - 1], next: graph.chapters[position + 1] };
}

/** A chapter's articles, in treaty order. */
export function chapterArticles(graph: ClauseGraph, chapter: ChapterNode): ArticleNode[] {
  return chapter.articles.flatMap((number) => getArticle(graph, number) ?? []);
}

export function getTopic(graph: ClauseGraph, slug: string): TopicNode | undefined {
  return index(graph).topics.get(slug);
}

/** The key issues an article is tagged with, in the article's order. */
export function articleTopics(graph: ClauseGraph, article: ArticleNode): TopicNode[] {
  return article.topics.flatMap((slug) => getTopic(graph, slug) ?? []);
}

/** The articles tagged with a key issue, in treaty order. */
export function topicArticles(graph: ClauseGraph, slug: string): ArticleNode[] {
  return graph.articles.filter((article) => article.topics.includes(slug));
}

/** The annotations tagged with a key issue. */
export function topicAnnotations(graph: ClauseGraph, slug: string): AnnotationNode[] {
  return graph.annotations.filter((annotation) => annotation.topics.includes(slug));
}

export function getSource(graph: ClauseGraph, id: string): SourceNode | undefined {
  return index(graph).sources.get(id);
}

/** A source's annotations, in the order the source makes its claims. */
export function sourceAnnotations(graph: ClauseGraph, id: string): AnnotationNode[] {
  return graph.annotations.filter((annotation) => annotation.source === id).sort((a, b) => a.order - b.order);
}

export function getAnnotation(graph: ClauseGraph, id: string): AnnotationNode | undefined {
  return index(graph).annotations.get(id);
}

/** Annotations split by the top-level group of their voice, in the groups' file order; empty groups left out. */
export function annotationsByGroup(
  graph: ClauseGraph,
  annotations: readonly AnnotationNode[],
): Array<{ group: StakeholderNode; annotations: AnnotationNode[] }> {
  return stakeholderGroups(graph)
    .map((group) => ({ group, annotations: annotations.filter((annotation) => annotation.voiceGroup === group.id) }))
    .filter((entry) => entry.annotations.length > 0);
}
