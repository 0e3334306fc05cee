import { formatPinpoint, parsePinpoint, pinpointHref } from "../pinpoint";
import type { AnnotationNode, ArticleNode, ClauseGraph, Edge, ParagraphNode, StakeholderNode, TermNode } from "../schema/graph";

interface GraphIndex {
  articles: Map<number, ArticleNode>;
  paragraphs: Map<string, ParagraphNode>;
  stakeholders: Map<string, StakeholderNode>;
  terms: Map<string, TermNode>;
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
  const [kind, key = ""] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  const g = index(graph);
  switch (id.includes(":") ? kind : id) {
    case "treaty":
      return { id, label: graph.treaty.shortTitle, href: "/" };
    case "preamble":
      return { id, label: "Preamble", href: "/preamble" };
    case "article": {
      const article = g.articles.get(Number(key));
      return article && { id, label: `Article ${article.number}: ${article.title}`, href: `/articles/${article.number}` };
    }
    case "paragraph": {
      const paragraph = g.paragraphs.get(key);
      const article = paragraph && g.articles.get(paragraph.article);
      return paragraph && article && { id, label: `Article ${paragraph.pin}${paragraph.label ? `: ${paragraph.label}` : ` (${article.title})`}`, href: pinpointHref(parsePinpoint(paragraph.pin)!) };
    }
    case "chapter": {
      const chapter = graph.chapters.find((c) => c.numeral === key);
      return chapter && { id, label: `Chapter ${chapter.numeral}: ${chapter.title}`, href: `/chapters/${chapter.slug}` };
    }
    case "term": {
      const term = g.terms.get(key);
      return term && { id, label: `Term: ${term.term}`, href: `/terms/${term.slug}` };
    }
    case "topic": {
      const topic = graph.topics.find((t) => t.slug === key);
      return topic && { id, label: `Key issue: ${topic.title}`, href: `/topics/${topic.slug}` };
    }
    case "annotation": {
      const annotation = graph.annotations.find((a) => a.id === key);
      const who = annotation && g.stakeholders.get(annotation.stakeholder);
      return annotation && { id, label: `Commentary by ${who?.name ?? annotation.stakeholder}`, href: `/sources/${annotation.source}#${annotation.id}` };
    }
    case "stakeholder": {
      const stakeholder = g.stakeholders.get(key);
      return stakeholder && { id, label: stakeholder.name, href: stakeholderHref(stakeholder) };
    }
    case "source": {
      const source = graph.sources.find((s) => s.id === key);
      return source && { id, label: source.title, href: `/sources/${source.id}` };
    }
    default:
      return undefined;
  }
}

/** Groups have their own page; organisations and people are sections of their group's page. */
export function stakeholderHref(stakeholder: StakeholderNode): string {
  return stakeholder.parent === undefined ? `/stakeholders/${stakeholder.id}` : `/stakeholders/${stakeholder.group}#${stakeholder.id}`;
}

function isInArticle(id: string, number: number): boolean {
  return id === `article:${number}` || (id.startsWith("paragraph:") && parsePinpoint(id.slice("paragraph:".length))?.article === number);
}

function uniqueLinks(graph: ClauseGraph, ids: Iterable<string>): NodeLink[] {
  return [...new Set(ids)].flatMap((id) => describeNode(graph, id) ?? []);
}

/** What an article (digest and paragraphs) refers to, outside itself. */
export function referencesFrom(graph: ClauseGraph, number: number): NodeLink[] {
  const article = getArticle(graph, number);
  if (!article) return [];
  const from = [`article:${number}`, ...article.paragraphs.map((p) => `paragraph:${p.pin}`)];
  const g = index(graph);
  const targets = from.flatMap((id) => (g.edgesFrom.get(id) ?? []).filter((e) => e.kind === "references" && !isInArticle(e.to, number)).map((e) => e.to));
  return uniqueLinks(graph, targets).sort(byProvision);
}

/** What refers to an article or any of its paragraphs, from outside it ("referenced by"). */
export function referencedBy(graph: ClauseGraph, number: number): NodeLink[] {
  const article = getArticle(graph, number);
  if (!article) return [];
  const targets = [`article:${number}`, ...article.paragraphs.map((p) => `paragraph:${p.pin}`)];
  const g = index(graph);
  const sources = targets.flatMap((id) =>
    (g.edgesTo.get(id) ?? []).filter((e) => e.kind === "references" && !isInArticle(e.from, number) && !e.from.startsWith("annotation:")).map((e) => e.from),
  );
  return uniqueLinks(graph, sources).sort(byProvision);
}

/** What refers to one paragraph. */
export function paragraphReferencedBy(graph: ClauseGraph, pin: string): NodeLink[] {
  const g = index(graph);
  return uniqueLinks(graph, (g.edgesTo.get(`paragraph:${pin}`) ?? []).filter((e) => e.kind === "references" && !e.from.startsWith("annotation:")).map((e) => e.from));
}

function byProvision(a: NodeLink, b: NodeLink): number {
  const order = (link: NodeLink) => {
    const match = /^(article|paragraph):(\d+)/u.exec(link.id);
    return match ? Number(match[2]) : 1000;
  };
  return order(a) - order(b) || a.id.localeCompare(b.id, "en", { numeric: true });
}

/** Every article and paragraph that uses a term, grouped by article in treaty order. */
export function termUsages(graph: ClauseGraph, slug: string): Array<{ article: ArticleNode; places: NodeLink[] }> {
  const from = (index(graph).edgesTo.get(`term:${slug}`) ?? []).filter((e) => e.kind === "uses").map((e) => e.from);
  const byArticle = new Map<number, string[]>();
  for (const id of from) {
    const number = id.startsWith("article:") ? Number(id.slice(8)) : id.startsWith("paragraph:") ? parsePinpoint(id.slice(10))?.article : undefined;
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

/** Annotations on a provision or anything inside it, optionally only those of some stakeholder groups. */
export function annotationsFor(graph: ClauseGraph, pin: string, groups?: readonly string[]): AnnotationNode[] {
  return graph.annotations.filter(
    (annotation) => annotation.provisions.some((provision) => provisionWithin(provision, pin)) && (!groups || groups.length === 0 || groups.includes(annotation.group)),
  );
}

/** Annotations about the treaty as a whole or its process. */
export function treatyWideAnnotations(graph: ClauseGraph): AnnotationNode[] {
  return graph.annotations.filter((annotation) => annotation.provisions.includes("treaty"));
}

/** The top-level stakeholder groups, used as lenses. */
export function stakeholderGroups(graph: ClauseGraph): StakeholderNode[] {
  return graph.stakeholders.filter((stakeholder) => stakeholder.parent === undefined);
}

/** Stakeholders below a group or organisation, in file order. */
export function stakeholderMembers(graph: ClauseGraph, id: string): StakeholderNode[] {
  return graph.stakeholders.filter((stakeholder) => stakeholder.parent === id);
}

/** Annotations by a stakeholder or anyone below it. */
export function annotationsBy(graph: ClauseGraph, id: string): AnnotationNode[] {
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
  return graph.annotations.filter((annotation) => ids.has(annotation.stakeholder));
}

/** The article numbers an annotation concerns (none for treaty-wide claims). */
export function annotationArticles(annotation: AnnotationNode): number[] {
  return [...new Set(annotation.provisions.flatMap((p) => parsePinpoint(p)?.article ?? []))].sort((a, b) => a - b);
}

/** Stakeholder group × article: how many annotations of each stance, for the overview matrix. */
export function stanceMatrix(graph: ClauseGraph): Map<string, Map<number, Record<AnnotationNode["stance"], number>>> {
  const matrix = new Map<string, Map<number, Record<AnnotationNode["stance"], number>>>();
  for (const annotation of graph.annotations) {
    const row = matrix.get(annotation.group) ?? new Map();
    for (const number of annotationArticles(annotation)) {
      const cell = row.get(number) ?? { concern: 0, support: 0, mixed: 0, context: 0 };
      cell[annotation.stance] += 1;
      row.set(number, cell);
    }
    matrix.set(annotation.group, row);
  }
  return matrix;
}
