import { z } from "zod";
import { httpsUrl, nonEmpty } from "./fields";

/**
 * Lineage: the earlier treaties the UN Convention is compared with, and one mapping per UN
 * article to their articles. Content files live in `content/lineage/`; the compiled form is the
 * graph's `lineage` field.
 */

/** The earlier treaties, in the order the site shows them. */
export const LINEAGE_TREATIES = ["budapest", "untoc", "uncac"] as const;
export const lineageTreatyId = z.enum(LINEAGE_TREATIES);

/** How a UN article relates to one counterpart. */
export const RELATIONS = ["same", "adapted", "widened", "narrowed", "partial"] as const;
export const relation = z.enum(RELATIONS);

export const lineageConfidence = z.enum(["high", "medium", "low"]);

const numeral = z.string().regex(/^[IVX]+$/u, "must be a roman numeral such as IV");
const articleNumber = z.number().int().min(1).max(999);

/** One article of an earlier treaty: number, exact title and where it sits. */
export const lineageArticle = z.strictObject({
  number: articleNumber,
  title: nonEmpty,
  chapter: numeral.optional(),
  /** The section heading as the treaty prints it (`Section 2 – Procedural law`). */
  section: nonEmpty.optional(),
  /** The heading below a section (Budapest's `Title 4 – …`). */
  subsection: nonEmpty.optional(),
  /** Numbered paragraphs, where counted (0 = one unnumbered paragraph). */
  paragraphs: z.number().int().min(0).optional(),
  /** Our note, in our words, for an article no UN article maps to: why there is no counterpart. */
  note: nonEmpty.optional(),
});

/** `lineage/<treaty>.yaml`: an earlier treaty's identity and the articles we list. */
export const lineageTreatyFile = z
  .strictObject({
    id: lineageTreatyId,
    name: nonEmpty,
    shortName: nonEmpty,
    year: z.number().int().min(1900).max(2100),
    depositary: nonEmpty,
    /** How many articles the whole treaty has (we may list fewer). */
    articleCount: z.number().int().min(1),
    /** Whether `articles` lists every article or only those a UN article maps to. */
    complete: z.boolean(),
    officialText: z.array(z.strictObject({ label: nonEmpty, url: httpsUrl })).min(1),
    chapters: z.array(z.strictObject({ numeral, title: nonEmpty })).default([]),
    articles: z.array(lineageArticle).min(1),
  })
  .superRefine((file, ctx) => {
    const numerals = new Set(file.chapters.map((chapter) => chapter.numeral));
    file.articles.forEach((article, index) => {
      if (article.chapter !== undefined && !numerals.has(article.chapter)) {
        ctx.addIssue({ code: "custom", path: ["articles", index, "chapter"], message: `chapter ${article.chapter} is not in this file's chapters` });
      }
    });
    if (file.complete && file.articles.length !== file.articleCount) {
      ctx.addIssue({ code: "custom", path: ["articles"], message: `a complete list needs ${file.articleCount} articles, not ${file.articles.length}` });
    }
  });

/** One counterpart of a UN article in an earlier treaty. */
export const counterpartEntry = z.strictObject({
  treaty: lineageTreatyId,
  article: articleNumber,
  /** A numbered paragraph of that article, where the match is that narrow. */
  paragraph: z.number().int().min(1).optional(),
  confidence: lineageConfidence,
  relation,
});

/** One entry of `lineage/mappings.yaml`: a UN article's counterparts, or `none: true`. */
export const mappingEntry = z
  .strictObject({
    article: articleNumber,
    none: z.literal(true).optional(),
    counterparts: z.array(counterpartEntry).default([]),
    /** Our note on the main difference, in our own words (one or two sentences). */
    note: nonEmpty,
    /** The note rests on UN-side details that are only recalled (the article's digest is medium or low). */
    unverified: z.boolean().default(false),
  })
  .superRefine((entry, ctx) => {
    if (entry.none && entry.counterparts.length > 0) {
      ctx.addIssue({ code: "custom", path: ["none"], message: "an article with counterparts cannot also say none: true" });
    }
    if (!entry.none && entry.counterparts.length === 0) {
      ctx.addIssue({ code: "custom", path: ["counterparts"], message: "list at least one counterpart, or say none: true" });
    }
  });
export const mappingsFile = z.array(mappingEntry);

/** A counterpart in the compiled graph, with the earlier article's title resolved. */
export const counterpartNode = counterpartEntry.extend({ title: z.string() });

export const mappingNode = z.object({
  article: z.number().int(),
  none: z.boolean(),
  counterparts: z.array(counterpartNode),
  note: z.string(),
  unverified: z.boolean(),
});

export const lineageTreatyNode = z.object({
  id: lineageTreatyId,
  name: z.string(),
  shortName: z.string(),
  year: z.number().int(),
  depositary: z.string(),
  articleCount: z.number().int(),
  complete: z.boolean(),
  officialText: z.array(z.object({ label: z.string(), url: z.string() })),
  chapters: z.array(z.object({ numeral: z.string(), title: z.string() })),
  articles: z.array(lineageArticle),
});

/** The graph's `lineage` field; empty lists where content/ has no lineage folder. */
export const lineageGraph = z.object({
  treaties: z.array(lineageTreatyNode),
  mappings: z.array(mappingNode),
});

export type LineageTreatyId = z.infer<typeof lineageTreatyId>;
export type Relation = z.infer<typeof relation>;
export type LineageArticle = z.infer<typeof lineageArticle>;
export type LineageTreatyNode = z.infer<typeof lineageTreatyNode>;
export type CounterpartNode = z.infer<typeof counterpartNode>;
export type MappingNode = z.infer<typeof mappingNode>;
export type LineageGraph = z.infer<typeof lineageGraph>;
