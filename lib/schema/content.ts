import { z } from "zod";
import { httpsUrl, nonEmpty, partialDate, pinpointText, roman, slug } from "./fields";

/** `treaty.yaml`. */
export const treatyFile = z.strictObject({
  title: nonEmpty,
  shortTitle: nonEmpty,
  adopted: partialDate,
  resolution: nonEmpty,
  documentSymbol: nonEmpty,
  officialText: z.array(z.strictObject({ label: nonEmpty, url: httpsUrl })).min(1),
  signature: z.strictObject({ opened: partialDate, place: nonEmpty, closes: partialDate }),
  status: z.strictObject({ signatories: z.number().int().nonnegative(), checked: partialDate, checkedWith: nonEmpty }),
  entryIntoForce: nonEmpty,
  summary: nonEmpty,
});

/** One entry of `chapters.yaml`. */
export const chapterEntry = z.strictObject({ numeral: roman, title: nonEmpty, summary: nonEmpty });
export const chaptersFile = z.array(chapterEntry).min(1);

export const confidence = z.enum(["high", "medium", "low"]);

/** Front matter of `articles/<n>.md`. */
export const articleFrontmatter = z.strictObject({
  number: z.number().int().min(1).max(999),
  title: nonEmpty,
  chapter: roman,
  summary: nonEmpty,
  topics: z.array(slug).default([]),
  confidence,
  /** The authentic text (high) or named secondary source (medium) the digest rests on; none for low. */
  basisSource: nonEmpty.optional(),
});

/** Front matter of `preamble.md` and `about.md`. */
export const pageFrontmatter = z.strictObject({ title: nonEmpty, summary: nonEmpty });

/** Front matter of `terms/<slug>.md`. */
export const termFrontmatter = z.strictObject({
  term: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  plurals: z.array(nonEmpty).default([]),
  definedAt: pinpointText.optional(),
});

/** Front matter of `topics/<slug>.md`. */
export const topicFrontmatter = z.strictObject({ title: nonEmpty, summary: nonEmpty });

/** `outlet`: a publication or its writer; `unnamed`: speakers a source leaves unnamed ("critics say"). */
export const stakeholderKind = z.enum(["group", "government", "legislature", "organisation", "person", "state", "body", "outlet", "unnamed"]);

/** One entry of `stakeholders.yaml`. */
export const stakeholderEntry = z.strictObject({
  id: slug,
  name: nonEmpty,
  kind: stakeholderKind,
  parent: slug.optional(),
  role: nonEmpty.optional(),
  position: nonEmpty.optional(),
  /** Other names sources use for it ("U.N.", "the State Department"), for tracing who speaks on a line. */
  aliases: z.array(nonEmpty).default([]),
});
export const stakeholdersFile = z.array(stakeholderEntry).min(1);

export const sourceKind = z.enum(["news-report", "opinion", "summary", "statement", "press-release", "analysis"]);

/** `sources/<id>.yaml`: metadata only; the full text stays in ../shared/sources. */
export const sourceFile = z.strictObject({
  id: slug,
  title: nonEmpty,
  outlet: nonEmpty,
  author: nonEmpty,
  published: partialDate,
  approximate: z.boolean().default(false),
  kind: sourceKind,
  /** The stakeholder who is the source's own author or outlet: the voice of its narrative and reports. */
  writer: slug,
  /** Stakeholders whose own words make up the source's text: the speaker of a published speech, the signatories of a declaration. */
  speakers: z.array(slug).default([]),
  datingNote: nonEmpty.optional(),
  skipped: z.array(z.strictObject({ line: z.number().int().min(1), reason: nonEmpty })).default([]),
});

export const stance = z.enum(["concern", "support", "mixed", "context"]);

/**
 * What an annotation records: the voice's own view (`position`), an action the source reports an
 * actor took (`reported`: signed, voted, endorsed), or the writer's account of facts (`background`).
 */
export const annotationKind = z.enum(["position", "reported", "background"]);

/** A provision an annotation is about: a pinpoint, the preamble, or the treaty as a whole. */
export const provisionRef = z.union([z.literal("treaty"), z.literal("preamble"), pinpointText]);

export const MAX_QUOTE_WORDS = 40;

/** One entry of `annotations/<source-id>.yaml`. */
export const annotationEntry = z.strictObject({
  id: slug,
  line: z.number().int().min(1),
  kind: annotationKind,
  /** Whose view or account this is: a named speaker, an organisation, the source's writer, or unnamed voices. */
  voice: slug,
  /** For `reported` only: the stakeholder whose action the source reports. */
  actor: slug.optional(),
  provisions: z.array(provisionRef).min(1),
  /** For `position` only. */
  stance: stance.optional(),
  paraphrase: nonEmpty,
  quote: nonEmpty
    .refine((quote) => quote.split(/\s+/u).filter(Boolean).length <= MAX_QUOTE_WORDS, {
      message: `a quote may have at most ${MAX_QUOTE_WORDS} words`,
    })
    .optional(),
  textNote: nonEmpty.optional(),
  topics: z.array(slug).default([]),
});
export const annotationsFile = z.array(annotationEntry);

/**
 * Where a timeline event stands: `done` (it happened on its date), `scheduled` (a known future
 * date, such as a deadline) or `pending` (a step not yet reached, whose date nobody knows).
 */
export const eventStatus = z.enum(["done", "scheduled", "pending"]);

/** The fields of one entry of `timeline.yaml`. */
export const timelineFields = z.strictObject({
  id: slug,
  status: eventStatus.default("done"),
  date: partialDate.optional(),
  approximate: z.boolean().default(false),
  title: nonEmpty,
  description: nonEmpty,
  sources: z.array(nonEmpty).min(1),
  provisions: z.array(pinpointText).default([]),
});

/** One entry of `timeline.yaml`: a pending step has no date; every other event has one. */
export const timelineEntry = timelineFields.superRefine((event, ctx) => {
  if (event.status !== "pending" && event.date === undefined)
    ctx.addIssue({ code: "custom", path: ["date"], input: undefined, message: "a done or scheduled event needs a date", params: { kind: "missing-field" } });
  if (event.status === "pending" && event.date !== undefined)
    ctx.addIssue({ code: "custom", path: ["status"], message: "a pending event has no date yet: remove the date or change the status" });
});
export const timelineFile = z.array(timelineEntry);
