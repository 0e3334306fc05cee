import { z } from "zod";
import {
  chapterEntry,
  confidence,
  sourceKind,
  stakeholderKind,
  stance,
  treatyFile,
} from "./content";

/** A rendered piece of Markdown: sanitised HTML for pages, plain text for search and previews. */
export const rendered = z.object({ html: z.string(), text: z.string() });

export const paragraphNode = z.object({
  pin: z.string(),
  article: z.number().int(),
  anchor: z.string(),
  path: z.string(),
  parent: z.string().nullable(),
  depth: z.number().int().min(1).max(3),
  label: z.string().optional(),
  verified: z.boolean(),
  ...rendered.shape,
});

export const articleNode = z.object({
  number: z.number().int(),
  title: z.string(),
  chapter: z.string(),
  summary: z.string(),
  topics: z.array(z.string()),
  confidence,
  digest: rendered,
  paragraphs: z.array(paragraphNode),
});

export const chapterNode = chapterEntry.extend({ slug: z.string(), articles: z.array(z.number().int()) });

export const termNode = z.object({
  slug: z.string(),
  term: z.string(),
  aliases: z.array(z.string()),
  plurals: z.array(z.string()),
  definedAt: z.string().optional(),
  /** One or two sentences shown where the term is used. */
  tip: z.string(),
  ...rendered.shape,
});

export const topicNode = z.object({ slug: z.string(), title: z.string(), summary: z.string(), ...rendered.shape });

export const stakeholderNode = z.object({
  id: z.string(),
  name: z.string(),
  kind: stakeholderKind,
  parent: z.string().optional(),
  /** The top-level group this stakeholder belongs to (itself for a group). */
  group: z.string(),
  role: z.string().optional(),
  position: z.string().optional(),
});

export const sourceNode = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  author: z.string(),
  published: z.string(),
  approximate: z.boolean(),
  kind: sourceKind,
  datingNote: z.string().optional(),
});

export const annotationNode = z.object({
  id: z.string(),
  source: z.string(),
  line: z.number().int(),
  /** Position of the claim within its source, from 1. */
  order: z.number().int(),
  stakeholder: z.string(),
  group: z.string(),
  provisions: z.array(z.string()),
  stance,
  paraphrase: z.string(),
  quote: z.string().optional(),
  textNote: rendered.optional(),
  topics: z.array(z.string()),
});

export const timelineNode = z.object({
  id: z.string(),
  date: z.string(),
  precision: z.enum(["year", "month", "day"]),
  approximate: z.boolean(),
  title: z.string(),
  description: z.string(),
  sources: z.array(z.string()),
  provisions: z.array(z.string()),
});

export const edgeKind = z.enum(["contains", "references", "defines", "uses", "annotates", "said-by", "cites", "tagged"]);

/** A directed edge between node ids such as `article:28`, `paragraph:28(4)`, `term:serious-crime`. */
export const edge = z.object({ kind: edgeKind, from: z.string(), to: z.string() });

export const pageNode = z.object({ title: z.string(), summary: z.string(), ...rendered.shape });

/** The whole clause graph, as written to `.generated/graph.json`. */
export const clauseGraph = z.object({
  treaty: treatyFile,
  preamble: pageNode,
  about: pageNode,
  chapters: z.array(chapterNode),
  articles: z.array(articleNode),
  terms: z.array(termNode),
  topics: z.array(topicNode),
  stakeholders: z.array(stakeholderNode),
  sources: z.array(sourceNode),
  annotations: z.array(annotationNode),
  timeline: z.array(timelineNode),
  edges: z.array(edge),
});

export type ClauseGraph = z.infer<typeof clauseGraph>;
export type ArticleNode = z.infer<typeof articleNode>;
export type ParagraphNode = z.infer<typeof paragraphNode>;
export type ChapterNode = z.infer<typeof chapterNode>;
export type TermNode = z.infer<typeof termNode>;
export type TopicNode = z.infer<typeof topicNode>;
export type PageNode = z.infer<typeof pageNode>;
export type StakeholderNode = z.infer<typeof stakeholderNode>;
export type SourceNode = z.infer<typeof sourceNode>;
export type AnnotationNode = z.infer<typeof annotationNode>;
export type TimelineNode = z.infer<typeof timelineNode>;
export type Edge = z.infer<typeof edge>;
export type EdgeKind = z.infer<typeof edgeKind>;
export type Rendered = z.infer<typeof rendered>;
