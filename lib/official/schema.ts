import { z } from "zod";
import { formatPinpoint, parsePinpoint } from "../pinpoint";

/** The six authentic languages of the Convention; one `content/official/<lang>.json` each. */
export const officialLanguage = z.enum(["en", "fr", "es", "ru", "zh", "ar"]);

/** Where an imported text came from, so a reader can tell which document the build checked against. */
export const officialSource = z.strictObject({
  /** File name only, never a path on the deployer's machine. */
  fileName: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/u, "must be 64 lowercase hex digits"),
  format: z.enum(["pdf", "text"]),
  pages: z.number().int().min(1),
  /** Date of the import, YYYY-MM-DD. */
  importedAt: z.iso.date(),
});

/** A pinpoint in canonical notation (`28(4)`, `2(e)(i)`, or `10` for an article's own text). */
const canonicalPin = z.string().refine((pin) => {
  const parsed = parsePinpoint(pin);
  return parsed !== undefined && formatPinpoint(parsed) === pin;
}, "must be a pinpoint in canonical notation, like 28(4)");

/**
 * One provision's own words: a paragraph, item or sub-item, or (pin = the article number) the
 * article's text that stands before its first paragraph or item. A paragraph's text stops where
 * its first item begins; the items are provisions of their own.
 */
export const officialProvision = z.strictObject({ pin: canonicalPin, text: z.string().min(1) });

export const officialArticle = z
  .strictObject({
    number: z.number().int().min(1),
    chapter: z.string().regex(/^[IVXLC]+$/u),
    title: z.string().min(1),
    /** In document order. */
    provisions: z.array(officialProvision),
  })
  .superRefine((article, ctx) => {
    const seen = new Set<string>();
    for (const [index, provision] of article.provisions.entries()) {
      if (parsePinpoint(provision.pin)?.article !== article.number) {
        ctx.addIssue({ code: "custom", path: ["provisions", index, "pin"], message: `${provision.pin} is not in article ${article.number}` });
      }
      if (seen.has(provision.pin)) ctx.addIssue({ code: "custom", path: ["provisions", index, "pin"], message: `${provision.pin} appears twice` });
      seen.add(provision.pin);
    }
  });

export const officialChapter = z.strictObject({ numeral: z.string().regex(/^[IVXLC]+$/u), title: z.string().min(1) });

/** `content/official/<lang>.json`: the Convention's text in one language, keyed by pinpoint. */
export const officialText = z.strictObject({
  format: z.literal(1),
  language: officialLanguage,
  /** The UN document symbol the text was taken from, e.g. `A/RES/79/243`. */
  symbol: z.string().min(1),
  source: officialSource,
  /** The Convention's title as printed above its preamble. */
  title: z.string().min(1),
  /** The preamble's paragraphs (recitals), in order. */
  preamble: z.array(z.string().min(1)),
  chapters: z.array(officialChapter),
  articles: z.array(officialArticle),
});

export type OfficialLanguage = z.infer<typeof officialLanguage>;
export type OfficialSource = z.infer<typeof officialSource>;
export type OfficialProvision = z.infer<typeof officialProvision>;
export type OfficialArticle = z.infer<typeof officialArticle>;
export type OfficialChapter = z.infer<typeof officialChapter>;
export type OfficialText = z.infer<typeof officialText>;
