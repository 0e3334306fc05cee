/**
 * A synthetic Convention in the UN layout, with invented wording: never the treaty's text.
 *
 * The model is what the importer should find; layout.ts lays it out on pages, pdf.ts and text.ts
 * write it as a PDF and as its plain text. Every provision's text carries a tag naming its
 * pinpoint (`tag-28-4`, `tag-2-e-i`), so a test can tell one provision's words from another's.
 */
import { formatPinpoint, parsePinpoint, type Pinpoint } from "../../lib/pinpoint";

export interface StructureRow {
  number: number;
  chapter: string;
  chapterTitle: string;
  title: string;
}

export interface ModelProvision {
  pin: string;
  /** Marker printed before the text: `1.`, `(a)`, `(i)`, or "" for an article's own text. */
  marker: string;
  text: string;
  /** A footnote referenced from the end of this provision's first sentence. */
  footnote?: string;
}

export interface ModelArticle {
  number: number;
  chapter: string;
  title: string;
  provisions: ModelProvision[];
}

export interface SyntheticModel {
  symbol: string;
  /** The resolution before the annex: its preamble and numbered operative paragraphs. */
  resolution: { title: string; preamble: string[]; operative: string[]; footnote: string };
  /** False for the variant that is the resolution without its annex. */
  annex: boolean;
  title: string;
  preamble: string[];
  preambleFootnote: string;
  chapters: Array<{ numeral: string; title: string }>;
  articles: ModelArticle[];
}

const WORDS = [
  "amber",
  "lantern",
  "ledger",
  "quill",
  "harbour",
  "meadow",
  "copper",
  "signal",
  "orchard",
  "beacon",
  "cobalt",
  "willow",
  "granite",
  "tidal",
  "summit",
  "ember",
  "prism",
  "vellum",
  "saffron",
  "falcon",
  "juniper",
  "marble",
  "thistle",
  "canyon",
  "glacier",
  "hollow",
  "indigo",
  "kestrel",
  "lilac",
  "mosaic",
];
const VERBS = ["tend", "record", "weigh", "gather", "polish", "arrange", "observe", "share", "guard", "measure"];

/** A small deterministic generator, so every run makes the same document. */
function random(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619);
  return () => {
    state = Math.imul(state ^ (state >>> 15), 2246822507);
    state = Math.imul(state ^ (state >>> 13), 3266489909);
    state ^= state >>> 16;
    return (state >>> 0) / 4294967296;
  };
}

/** Invented wording of roughly `words` words, ending in `end`. */
export function wording(seed: string, words: number, end: string): string {
  const next = random(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const out: string[] = [];
  while (out.length < words) out.push(`each party shall ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} of the ${pick(WORDS)}`);
  const text = out.join(", and ").split(" ").slice(0, words).join(" ").replace(/,$/u, "");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
}

/** The tag word a provision's text carries: `tag-2-e-i` for 2(e)(i). */
export function tagOf(pin: string): string {
  return `tag-${pin.replace(/[()]+/gu, "-").replace(/-$/u, "")}`;
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi"];
const letters = (count: number) => Array.from({ length: count }, (_, i) => String.fromCharCode(97 + i));

/** The shape of an article: how many paragraphs, letters under each, romans under each letter. */
interface Shape {
  /** 0 for an article without numbered paragraphs. */
  paragraphs: number;
  /** Letters by paragraph number (0 = directly under the article). */
  letters: Map<number, number>;
  /** Romans by `paragraph/letter`. */
  romans: Map<string, number>;
}

function shapeFor(number: number, pins: readonly Pinpoint[]): Shape {
  const shape: Shape = { paragraphs: 0, letters: new Map(), romans: new Map() };
  for (const pin of pins) {
    const paragraph = pin.paragraph ?? 0;
    shape.paragraphs = Math.max(shape.paragraphs, paragraph);
    if (pin.letter) shape.letters.set(paragraph, Math.max(shape.letters.get(paragraph) ?? 0, pin.letter.charCodeAt(0) - 96));
    if (pin.letter && pin.roman) {
      const key = `${paragraph}/${pin.letter}`;
      shape.romans.set(key, Math.max(shape.romans.get(key) ?? 0, ROMANS.indexOf(pin.roman) + 1));
    }
  }
  if (pins.length === 0 && number !== 10) {
    // Articles our digests do not split still get paragraphs, some with items.
    shape.paragraphs = 2 + (number % 3);
    if (number % 4 === 0) shape.letters.set(2, 3);
  }
  return shape;
}

function provisionText(pin: string, opensList: boolean, isLast: boolean, words: number): string {
  const end = opensList ? ":" : isLast ? "." : ";";
  return `${tagOf(pin)} ${wording(pin, words, end)}`;
}

function itemsOf(shape: Shape, base: Pinpoint, paragraph: number, lastOfParent: boolean): ModelProvision[] {
  const out: ModelProvision[] = [];
  const count = shape.letters.get(paragraph) ?? 0;
  for (const [index, letter] of letters(count).entries()) {
    const pin: Pinpoint = { ...base, letter };
    const romans = shape.romans.get(`${paragraph}/${letter}`) ?? 0;
    const last = lastOfParent && index === count - 1;
    out.push({
      pin: formatPinpoint(pin),
      marker: `(${letter})`,
      text: provisionText(formatPinpoint(pin), romans > 0, last && romans === 0, 14 + (index % 3) * 9),
    });
    for (const [r, roman] of ROMANS.slice(0, romans).entries()) {
      const sub = formatPinpoint({ ...pin, roman });
      out.push({ pin: sub, marker: `(${roman})`, text: provisionText(sub, false, last && r === romans - 1, 10 + r * 4) });
    }
  }
  return out;
}

/** One article's provisions, in document order. */
export function articleProvisions(number: number, pins: readonly Pinpoint[]): ModelProvision[] {
  const shape = shapeFor(number, pins);
  const article = String(number);
  if (shape.paragraphs === 0) {
    const hasItems = (shape.letters.get(0) ?? 0) > 0;
    return [{ pin: article, marker: "", text: provisionText(article, hasItems, !hasItems, 30) }, ...itemsOf(shape, { article: number }, 0, true)];
  }
  const out: ModelProvision[] = [];
  for (let paragraph = 1; paragraph <= shape.paragraphs; paragraph += 1) {
    const pin = formatPinpoint({ article: number, paragraph });
    const hasItems = (shape.letters.get(paragraph) ?? 0) > 0;
    // Long paragraphs, so that some run over a page break.
    out.push({ pin, marker: `${paragraph}.`, text: provisionText(pin, hasItems, !hasItems, paragraph === 1 ? 70 : 40) });
    out.push(...itemsOf(shape, { article: number, paragraph }, paragraph, true));
  }
  return out;
}

/** Builds the model from the Convention's structure and the pinpoints our digests use. */
export function buildModel(rows: readonly StructureRow[], pinsInContent: readonly string[]): SyntheticModel {
  const pins = pinsInContent.map((text) => parsePinpoint(text)).filter((pin): pin is Pinpoint => pin !== undefined);
  const chapters: SyntheticModel["chapters"] = [];
  for (const row of rows) if (!chapters.some((c) => c.numeral === row.chapter)) chapters.push({ numeral: row.chapter, title: row.chapterTitle });
  const articles = rows.map((row) => {
    const provisions = articleProvisions(
      row.number,
      pins.filter((pin) => pin.article === row.number),
    );
    // A footnote inside the Convention, on a paragraph of article 4.
    if (row.number === 4 && provisions[0]) provisions[0].footnote = "Invented footnote to the body: see the zephyr register, volume 12, page 3.";
    return { number: row.number, chapter: row.chapter, title: row.title, provisions };
  });
  return {
    symbol: "A/RES/79/243",
    resolution: {
      title: "79/243. Synthetic convention on lanterns and ledgers",
      preamble: ["opmark-pre-1", "opmark-pre-2", "opmark-pre-3"].map((tag) => `${tag} ${wording(tag, 40, ",")}`),
      operative: ["opmark-op-1", "opmark-op-2", "opmark-op-3", "opmark-op-4"].map(
        (tag, i, all) => `${tag} ${wording(tag, 50, i === all.length - 1 ? "." : ";")}`,
      ),
      footnote: "Invented footnote to the resolution: see the amber report, annex II.",
    },
    annex: true,
    title: "Synthetic Convention on Lanterns, Ledgers and the Careful Keeping of Amber Records between Parties",
    preamble: Array.from({ length: 9 }, (_, i) => `tag-preamble-${i + 1} ${wording(`preamble-${i}`, 25 + (i % 4) * 12, i === 8 ? ":" : ",")}`),
    preambleFootnote: "Invented footnote to the preamble: see the cobalt treaty series.",
    chapters,
    articles,
  };
}
