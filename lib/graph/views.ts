import type { AnnotationNode, ArticleNode, ChapterNode, ClauseGraph, SourceNode, StakeholderNode, TopicNode } from "../schema/graph";
import { href } from "./hrefs";
import { provisionNodeId } from "./ids";
import {
  annotationArticles,
  annotationsFor,
  isPosition,
  positionsOf,
  reportedAbout,
  voicedBy,
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
  type Stance,
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

type Linked = StakeholderNode & { href: string };

/** One annotation with the stakeholders, source and provisions it names, resolved. */
export interface AnnotationView {
  annotation: AnnotationNode;
  /** Whose view or account it is. */
  voice?: Linked;
  voiceGroup?: StakeholderNode;
  /** For reported actions: who acted. */
  actor?: Linked;
  /** The source's own author or outlet; names who reported what unnamed voices said. */
  writer?: Linked;
  source?: SourceNode & { href: string };
  provisions: ProvisionLink[];
}

function linked(stakeholder: StakeholderNode | undefined): Linked | undefined {
  return stakeholder && { ...stakeholder, href: href.stakeholder(stakeholder) };
}

function provisionLabel(provision: string): string {
  if (provision === "treaty") return "the treaty as a whole";
  if (provision === "preamble") return "the preamble";
  return `art. ${provision}`;
}

export function annotationView(graph: ClauseGraph, annotation: AnnotationNode): AnnotationView {
  const source = getSource(graph, annotation.source);
  return {
    annotation,
    voice: linked(getStakeholder(graph, annotation.voice)),
    voiceGroup: getStakeholder(graph, annotation.voiceGroup),
    actor: linked(annotation.actor === undefined ? undefined : getStakeholder(graph, annotation.actor)),
    writer: linked(source && getStakeholder(graph, source.writer)),
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

/** Groups whose own positions are among these, as lens options (reported actions and background do not count). */
export function lensOptions(graph: ClauseGraph, annotations: readonly AnnotationNode[]): LensOption[] {
  const positions = annotations.filter(isPosition);
  return stakeholderGroups(graph)
    .map((group) => ({ id: group.id, name: group.name, count: positions.filter((a) => a.voiceGroup === group.id).length }))
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
  positionCount: number;
  members: MemberView[];
}

function memberView(graph: ClauseGraph, stakeholder: StakeholderNode): MemberView {
  return {
    stakeholder,
    positionCount: positionsOf(graph, stakeholder.id).length,
    members: stakeholderMembers(graph, stakeholder.id).map((member) => memberView(graph, member)),
  };
}

/** What a stakeholder group's page shows. */
export interface StakeholderView {
  group: StakeholderNode;
  members: MemberView[];
  /** Its own positions: on the treaty as a whole, and by article. */
  positionCount: number;
  treatyWide: AnnotationView[];
  byArticle: Array<{ number: number; title: string; annotations: AnnotationView[] }>;
  /** Background and reports its members wrote as writers of sources. */
  accounts: AnnotationView[];
  /** What sources report it did (signed, endorsed…), with who reported it. */
  reportedActions: AnnotationView[];
  /** Where "read through this lens" starts: the first article this group commented on. */
  lensHref: string;
}

export function stakeholderView(graph: ClauseGraph, id: string): StakeholderView | undefined {
  const group = getStakeholder(graph, id);
  if (!group || group.parent !== undefined) return undefined;
  const annotations = positionsOf(graph, id);
  const articles = [...new Set(annotations.flatMap(annotationArticles))].sort((a, b) => a - b);
  return {
    group,
    members: stakeholderMembers(graph, id).map((member) => memberView(graph, member)),
    positionCount: annotations.length,
    accounts: annotationViews(
      graph,
      voicedBy(graph, id).filter((annotation) => !isPosition(annotation)),
    ),
    reportedActions: annotationViews(graph, reportedAbout(graph, id)),
    treatyWide: annotationViews(graph, annotations.filter(isTreatyWide)),
    byArticle: articles.map((number) => ({
      number,
      title: getArticle(graph, number)?.title ?? "",
      annotations: annotationViews(
        graph,
        annotations.filter((annotation) => annotationArticles(annotation).includes(number)),
      ),
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

type StanceCounts = Record<Stance, number>;

/** The stakeholder × article overview: one row per group that commented, one column per article commented on. */
export interface MatrixView {
  articles: number[];
  rows: Array<{ group: StakeholderNode; cells: Map<number, StanceCounts>; treatyWide: number }>;
}

export function matrixView(graph: ClauseGraph): MatrixView {
  const matrix = stanceMatrix(graph);
  const wide = treatyWideAnnotations(graph).filter(isPosition);
  const rows = stakeholderGroups(graph)
    .filter((group) => positionsOf(graph, group.id).length > 0)
    .map((group) => ({
      group,
      cells: matrix.get(group.id) ?? new Map<number, StanceCounts>(),
      treatyWide: wide.filter((a) => a.voiceGroup === group.id).length,
    }));
  const articles = [...new Set([...matrix.values()].flatMap((row) => [...row.keys()]))].sort((a, b) => a - b);
  return { articles, rows };
}

/** The stakeholders page: every group with how many positions it holds and who is in it. */
export function stakeholderIndex(graph: ClauseGraph): Array<{ group: StakeholderNode; positionCount: number; memberNames: string[] }> {
  return stakeholderGroups(graph).map((group) => ({
    group,
    positionCount: positionsOf(graph, group.id).length,
    memberNames: stakeholderMembers(graph, group.id).map((member) => member.name),
  }));
}
