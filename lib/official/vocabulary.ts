import type { OfficialLanguage } from "./schema";

/** The words of the document's headings in one language. */
export interface Vocabulary {
  annex: RegExp;
  preamble: RegExp;
  /** Captures the chapter's roman numeral. */
  chapter: RegExp;
  /** Captures the article number. */
  article: RegExp;
  /** The formula after the last article ("In witness whereof…"): the articles end there. */
  closing: RegExp;
  /** Words that show a text is General Assembly resolution material, for the "no annex" message. */
  resolution: RegExp;
}

/**
 * Heading words by language. Only English is written so far; adding another authentic language
 * means adding its headings here and importing `content/official/<lang>.json`.
 */
export const VOCABULARIES: Partial<Record<OfficialLanguage, Vocabulary>> = {
  en: {
    annex: /^Annex$/u,
    preamble: /^Preamble$/u,
    chapter: /^Chapter ([IVXLC]+)$/u,
    article: /^Article (\d{1,3})$/u,
    closing: /^In witness whereof\b/iu,
    resolution: /\bGeneral Assembly\b|\bResolution adopted\b/u,
  },
};
