import type { AnnotationNode, ArticleNode, ChapterNode, ClauseGraph, SourceNode, StakeholderNode, TopicNode } from "../schema/graph";
import { href } from "./hrefs";
import { provisionNodeId } from "./ids";
import {
  annotationArticles,
  annotationsBy,
  annotationsFor,
  describeNode,
  getArticle,
  getChapter,
  getSource,
  getStakeholder,
  isTreatyWide,
  previousAndNext,
  articleTopics,
  referencedBy,
  referencesFrom,
  stakeholderGroups,
  stakeholderMembers,
  stanceMatrix,
  treatyWideAnnotations,
  type NodeLink,
} from "./queries";

/**
 * View models: everything one page or component shows, resolved from the graph, so that pages
 * and components receive the data they render rather than the whole graph.
 */

/** A provision an annotation concerns, ready to link. */
export interface ProvisionLink {
  provision: string;
  label: string;
  href?: string;
}

/** One annotation with the stakeholders, source and provisions it names, resolved. */
export interface AnnotationView {
  annotation: AnnotationNode;
  stakeholder?: StakeholderNode & { href: string };
  group?: StakeholderNode;
  source?: SourceNode & { href: string };
  provisions: ProvisionLink[];
}

function provisionLabel(provision: string): string {
  if (provision === "treaty") return "the treaty as a whole";
  if (provision === "preamble") return "the preamble";
  return `art. ${provision}`;
}

export function annotationView(graph: ClauseGraph, annotation: AnnotationNode): AnnotationView {
  const stakeholder = getStakeholder(graph, annotation.stakeholder);
  const source = getSource(graph, annotation.source);
  return {
    annotation,
    stakeholder: stakeholder && { ...stakeholder, href: href.stakeholder(stakeholder) },
    group: getStakeholder(graph, annotation.group),
    source: source && { ...source, href: href.source(source.id, annotation.id) },
    provisions: annotation.provisions.map((provision) => ({
      provision,
      label: provisionLabel(provision),
      href: describeNode(graph, provisionNodeId(provision))?.href,
    })),
  };
}

export function annotationViews(graph: ClauseGraph, annotations: readonly AnnotationNode[]): AnnotationView[] {
  return annotations.map((annotation) => annotationView(graph, annotation));
}

/** A lens choice: a stakeholder group with how many annotations it has here. */
export interface LensOption {
  id: string;
  name: string;
  count: number;
}

/** Groups with annotations among these, as lens options. */
export function lensOptions(graph: ClauseGraph, annotations: readonly AnnotationNode[]): LensOption[] {
  return stakeholderGroups(graph)
    .map((group) => ({ id: group.id, name: group.name, count: annotations.filter((a) => a.group === group.id).length }))
    .filter((option) => option.count > 0);
}

/** What the article page shows. */
export interface ArticleView {
  article: ArticleNode;
  chapter?: ChapterNode;
  previous?: ArticleNode;
  next?: ArticleNode;
  topics: TopicNode[];
  annotations: AnnotationView[];
  /** Annotations on the article as a whole (not a paragraph), for the digest's lens slot. */
  articleLevel: AnnotationView[];
  /** Annotations on exactly each paragraph, by pinpoint. */
  byParagraph: Map<string, AnnotationView[]>;
  lens: LensOption[];
  references: NodeLink[];
  referencedBy: NodeLink[];
}

export function articleView(graph: ClauseGraph, number: number): ArticleView | undefined {
  const article = getArticle(graph, number);
  if (!article) return undefined;
  const annotations = annotationsFor(graph, String(number));
  const views = annotationViews(graph, annotations);
  const on = (provision: string) => views.filter((view) => view.annotation.provisions.includes(provision));
  return {
    article,
    chapter: getChapter(graph, article.chapter),
    ...previousAndNext(graph, number),
    topics: articleTopics(graph, article),
    annotations: views,
    articleLevel: on(String(number)),
    byParagraph: new Map(article.paragraphs.map((paragraph) => [paragraph.pin, on(paragraph.pin)])),
    lens: lensOptions(graph, annotations),
    references: referencesFrom(graph, number),
    referencedBy: referencedBy(graph, number),
  };
}

/** A member of a stakeholder group, with its own members below it. */
export interface MemberView {
  stakeholder: StakeholderNode;
  annotationCount: number;
  members: MemberView[];
}

function memberView(graph: ClauseGraph, stakeholder: StakeholderNode): MemberView {
  return {
    stakeholder,
    annotationCount: annotationsBy(graph, stakeholder.id).length,
    members: stakeholderMembers(graph, stakeholder.id).map((member) => memberView(graph, member)),
  };
}

/** What a stakeholder group's page shows. */
export interface StakeholderView {
  group: StakeholderNode;
  members: MemberView[];
  annotationCount: number;
  treatyWide: AnnotationView[];
  byArticle: Array<{ number: number; title: string; annotations: AnnotationView[] }>;
  /** Where "read through this lens" starts: the first article this group commented on. */
  lensHref: string;
}

export function stakeholderView(graph: ClauseGraph, id: string): StakeholderView | undefined {
  const group = getStakeholder(graph, id);
  if (!group || group.parent !== undefined) return undefined;
  const annotations = annotationsBy(graph, id);
  const articles = [...new Set(annotations.flatMap(annotationArticles))].sort((a, b) => a - b);
  return {
    group,
    members: stakeholderMembers(graph, id).map((member) => memberView(graph, member)),
    annotationCount: annotations.length,
    treatyWide: annotationViews(graph, annotations.filter(isTreatyWide)),
    byArticle: articles.map((number) => ({
      number,
      title: getArticle(graph, number)?.title ?? "",
      annotations: annotationViews(graph, annotations.filter((annotation) => annotationArticles(annotation).includes(number))),
    })),
    lensHref: href.article(articles[0] ?? 1, { lens: id }),
  };
}

/** The contents: chapters with their articles' numbers and titles. */
export function tableOfContents(graph: ClauseGraph): Array<{ chapter: ChapterNode; articles: Array<{ number: number; title: string }> }> {
  return graph.chapters.map((chapter) => ({
    chapter,
    articles: chapter.articles.map((number) => ({ number, title: getArticle(graph, number)?.title ?? "" })),
  }));
}

type StanceCounts = Record<AnnotationNode["stance"], number>;

/** The stakeholder × article overview: one row per group that commented, one column per article commented on. */
export interface MatrixView {
  articles: number[];
  rows: Array<{ group: StakeholderNode; cells: Map<number, StanceCounts>; treatyWide: number }>;
}

export function matrixView(graph: ClauseGraph): MatrixView {
  const matrix = stanceMatrix(graph);
  const wide = treatyWideAnnotations(graph);
  const rows = stakeholderGroups(graph)
    .filter((group) => annotationsBy(graph, group.id).length > 0)
    .map((group) => ({ group, cells: matrix.get(group.id) ?? new Map<number, StanceCounts>(), treatyWide: wide.filter((a) => a.group === group.id).length }));
  const articles = [...new Set([...matrix.values()].flatMap((row) => [...row.keys()]))].sort((a, b) => a - b);
  return { articles, rows };
}
