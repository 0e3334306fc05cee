import { z } from "zod";
import type { DataSchemaName } from "../graph/hrefs";
import { annotationNode, articleNode, chapterNode, clauseGraph, paragraphNode, sourceNode, stakeholderNode } from "../schema/graph";

/**
 * The published JSON files under /data/. These zod schemas are the only definition: the JSON
 * Schemas at /data/schema/ are generated from them, and the builders' outputs are typed by them.
 * Raise the version when a field changes meaning or goes away; adding a field is a minor change.
 */
export const DATA_SCHEMA_VERSION = "1.0.0";

const url = z.url().describe("An absolute URL");

export const datasetInfo = z.object({
  title: z.string(),
  homepage: url.describe("The page documenting these files"),
  licence: z.object({ id: z.string().describe("SPDX identifier"), name: z.string(), url, scope: z.string() }),
  notice: z.string().describe("Digests are not the official text"),
  officialText: z.object({
    imported: z.boolean().describe("Whether the deployer imported the official UN text into this build; without it, no sentence of the treaty is in the data"),
    source: z
      .object({ fileName: z.string(), sha256: z.string(), importedAt: z.string() })
      .optional()
      .describe("The imported document: its file name, SHA-256 and import date"),
    note: z.string(),
    links: z.array(z.object({ label: z.string(), url })),
  }),
});
export type DatasetInfo = z.infer<typeof datasetInfo>;

const envelope = {
  $schema: url.describe("The JSON Schema of this file"),
  schemaVersion: z.literal(DATA_SCHEMA_VERSION),
  dataset: datasetInfo,
};

/** A graph node another file points to: its node id, a label and its page. */
export const nodeLink = z.object({ id: z.string(), label: z.string(), url });
export type NodeLinkData = z.infer<typeof nodeLink>;

/** Where to download a provision's citation: BibLaTeX, RIS and CSL-JSON. */
export const citationLinks = z.object({ bib: url, ris: url, json: url });

/** `/data/graph.json`: the whole clause graph, as the site is built from it. */
export const graphDataFile = z.object({ ...envelope, graph: clauseGraph });

export const articleParagraphData = paragraphNode.extend({ url, pageUrl: url, citations: citationLinks });

/** `/data/articles/<n>.json`: one article with its paragraphs, links, terms, topics and commentary. */
export const articleDataFile = z.object({
  ...envelope,
  article: articleNode.omit({ paragraphs: true }).extend({ url, citations: citationLinks }),
  chapter: chapterNode.pick({ numeral: true, title: true }).extend({ url }),
  paragraphs: z.array(articleParagraphData),
  references: z.array(nodeLink).describe("Provisions this article's digest refers to"),
  referencedBy: z.array(nodeLink).describe("Backlinks: digests that refer to this article or its paragraphs"),
  terms: z.array(z.object({ slug: z.string(), term: z.string(), url, definedHere: z.boolean() })),
  topics: z.array(z.object({ slug: z.string(), title: z.string(), url })),
  annotations: z.array(annotationNode.extend({ url })).describe("What stakeholders said about this article or its paragraphs"),
});

/** `/data/annotations.json`: every annotation, with the sources they come from. */
export const annotationsDataFile = z.object({
  ...envelope,
  annotations: z.array(annotationNode.extend({ url })),
  sources: z.array(sourceNode.extend({ url })),
});

/** `/data/stakeholders.json`: every stakeholder, with how many annotations are theirs. */
export const stakeholdersDataFile = z.object({
  ...envelope,
  stakeholders: z.array(
    stakeholderNode.extend({
      url,
      positions: z.number().int().nonnegative().describe("Its own positions and those of its members"),
      reportedActions: z.number().int().nonnegative().describe("Actions of it or its members that sources report (not its statements)"),
    }),
  ),
});

/** Each published schema by name: `/data/schema/<name>.schema.json`. */
export const DATA_FILE_SCHEMAS = {
  graph: graphDataFile,
  article: articleDataFile,
  annotations: annotationsDataFile,
  stakeholders: stakeholdersDataFile,
} as const satisfies Record<DataSchemaName, z.ZodType>;

export type GraphDataFile = z.infer<typeof graphDataFile>;
export type ArticleDataFile = z.infer<typeof articleDataFile>;
export type AnnotationsDataFile = z.infer<typeof annotationsDataFile>;
export type StakeholdersDataFile = z.infer<typeof stakeholdersDataFile>;
