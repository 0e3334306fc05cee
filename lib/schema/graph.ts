import { z } from "zod";
import { basis } from "../graph/basis";
import { lineageGraph } from "./lineage";
import {
  annotationEntry,
  articleFrontmatter,
  chapterEntry,
  pageFrontmatter,
  sourceFile,
  stakeholderEntry,
  termFrontmatter,
  timelineFields,
  topicFrontmatter,
  treatyFile,
} from "./content";
import { precision, slug } from "./fields";

// Graph nodes are the content schemas plus what the linker adds: a field a content file declares
// is declared once, in lib/schema/content.ts, and keeps its checks when the site reads the graph.

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
  /** What the paragraph's digest rests on (lib/graph/basis.ts). */
  basis,
  ...rendered.shape,
});

export const articleNode = articleFrontmatter.extend({ basis, digest: rendered, paragraphs: z.array(paragraphNode) });

export const chapterNode = chapterEntry.extend({ slug: z.string(), articles: z.array(z.number().int()) });

export const termNode = termFrontmatter.extend({
  slug,
  /** One or two sentences shown where the term is used. */
  tip: z.string(),
  ...rendered.shape,
});

export const topicNode = topicFrontmatter.extend({ slug, ...rendered.shape });

export const stakeholderNode = stakeholderEntry.extend({
  /** The top-level group this stakeholder belongs to (itself for a group). */
  group: slug,
});

/** A source's metadata; the lines it skips matter only to the build's checks. */
export const sourceNode = sourceFile.omit({ skipped: true });

export const annotationNode = annotationEntry.extend({
  /** The source's id (the annotations file's name). */
  source: slug,
  /** Position of the claim within its source, from 1. */
  order: z.number().int(),
  /** The top-level group of the voice, and of the actor of a reported action. */
  voiceGroup: slug,
  actorGroup: slug.optional(),
  textNote: rendered.optional(),
});

/** A timeline event; a pending step has neither date nor precision. */
export const timelineNode = timelineFields.extend({ precision: precision.optional() });

/** `voice`: annotation → whose view it is; `actor`: annotation → whose reported action it is about. */
export const edgeKind = z.enum(["contains", "references", "defines", "uses", "annotates", "voice", "actor", "cites", "tagged"]);

/** A directed edge between node ids such as `article:28`, `paragraph:28(4)`, `term:serious-crime`. */
export const edge = z.object({ kind: edgeKind, from: z.string(), to: z.string() });

export const pageNode = pageFrontmatter.extend(rendered.shape);

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
  /** Counterparts in the Budapest Convention, UNTOC and UNCAC (lib/lineage). */
  lineage: lineageGraph,
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
