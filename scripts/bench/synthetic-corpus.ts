/**
 * Synthetic corpora K× the size of a real content map, for measuring how the compiler (and the
 * search index) grow.
 *
 * Design, and why it is honest:
 *
 * - A K× corpus holds K copies of *everything that scales with a treaty*: articles with their
 *   digests and paragraph blocks, terms, topics, stakeholders, sources (with their full texts, so
 *   quotes are still checked verbatim), annotations, timeline events and lineage mappings (each
 *   new article gets a copy of its original's). The treaty, preamble, the earlier treaties,
 *   about page and the nine chapters stay single (the schema allows chapters I–IX only).
 *   Copy 0 is the input unchanged, so 1× is byte-for-byte the real content.
 * - Article numbers stop at 999, so K × 68 articles cannot all be separate articles once K > 14.
 *   Copy k therefore goes to article *slot* s = k mod S (S = ⌊999 / highest article number⌋; 14
 *   for the real treaty), i.e. article A becomes article A + s·68, and to paragraph *band*
 *   b = ⌊k / S⌋: band 0 is a whole new article, band b > 0 appends that copy's digest and
 *   paragraph blocks to the slot's article with paragraph numbers shifted by b·(P+1), P being
 *   the article's highest paragraph number. Lettered items with no paragraph number (`2(h)`)
 *   move under one extra wrapper paragraph per band (`N(b·(P+1)+P+1)(h)`), the only content the
 *   generator adds. So 10× is 680 real-sized articles and 100× is 952 articles carrying up to 8×
 *   the paragraphs each: both many more pages and much longer pages, as a bigger treaty would be.
 * - Every copy gets a tag word (`syn7`). Copied terms are renamed `syn7 serious crime` (aliases
 *   and plurals too) and every use of any term form in that copy's prose becomes
 *   `syn7 <form>`, so term linking really finds K× the terms in K× the text (the term matcher
 *   is one regular expression over every form, so this is where growth could go superlinear).
 * - Pinpoints in front matter (`definedAt`, annotation `provisions`, timeline `provisions`) map
 *   to the copy's own provisions. References written in prose ("article 28(4)", "paragraph 3 of
 *   this article") are left as written: absolute ones point at the original articles (copy 0),
 *   relative ones at the slot article, whose band 0 has the same structure as the original; so
 *   the number of reference edges scales K× and every one still resolves.
 */
import { cutFrontmatter } from "../../lib/compile/frontmatter";
import { parsePinpoint, formatPinpoint, type Pinpoint } from "../../lib/pinpoint";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import type { SearchRecord } from "../../lib/search/records";

export interface Corpus {
  files: Map<string, string>;
  sources?: Map<string, string>;
}

export const MAX_ARTICLE = 999;
export const MAX_PARAGRAPH = 999;

/** The word that marks copy k (copy 0 has none). */
export function copyTag(k: number): string {
  return `syn${k}`;
}

function splitMarkdown(text: string): { data: Record<string, unknown>; body: string } {
  const cut = cutFrontmatter(text);
  if ("missing" in cut) throw new Error("synthetic corpus: a Markdown file has no front matter");
  return { data: (parseYaml(cut.frontmatter) ?? {}) as Record<string, unknown>, body: cut.bodyLines.join("\n") };
}

function joinMarkdown(data: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(data, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

const DIRECTIVE_LINE = /^:::paragraph\{.*\}\s*$/u;
const PIN_ATTRIBUTE = /\bpin="([^"]*)"/u;

interface BaseArticle {
  path: string;
  data: Record<string, unknown>;
  body: string;
  maxParagraph: number;
}

/** What every copy needs to know about the original corpus. */
export interface CorpusShape {
  articles: Map<number, BaseArticle>;
  highestArticle: number;
  /** How many article numbers each original article can take (14 for 68 articles). */
  slots: number;
  /** Every form of every term, longest first. */
  forms: string[];
  termPattern?: RegExp;
}

export function corpusShape(base: Corpus, root = "content"): CorpusShape {
  const articles = new Map<number, BaseArticle>();
  for (const path of [...base.files.keys()].filter((p) => p.startsWith(`${root}/articles/`) && p.endsWith(".md")).sort()) {
    const { data, body } = splitMarkdown(base.files.get(path)!);
    let maxParagraph = 0;
    for (const line of body.split("\n")) {
      if (!DIRECTIVE_LINE.test(line)) continue;
      const pin = parsePinpoint(PIN_ATTRIBUTE.exec(line)?.[1] ?? "");
      if (pin?.paragraph !== undefined) maxParagraph = Math.max(maxParagraph, pin.paragraph);
    }
    articles.set(Number(data.number), { path, data, body, maxParagraph });
  }
  const highestArticle = Math.max(1, ...articles.keys());
  const forms = [
    ...new Set(
      [...base.files.keys()]
        .filter((p) => p.startsWith(`${root}/terms/`) && p.endsWith(".md"))
        .flatMap((p) => {
          const { data } = splitMarkdown(base.files.get(p)!);
          return [String(data.term), ...((data.aliases as string[] | undefined) ?? []), ...((data.plurals as string[] | undefined) ?? [])];
        }),
    ),
  ].sort((a, b) => b.length - a.length);
  const termPattern = forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu") : undefined;
  return { articles, highestArticle, slots: Math.max(1, Math.floor(MAX_ARTICLE / highestArticle)), forms, termPattern };
}

/** How copy k renames things: its tag, slot and band, and its maps of pinpoints and prose. */
export interface CopyTransform {
  k: number;
  tag: string;
  slot: number;
  band: number;
  articleNumber(article: number): number;
  /** A pinpoint (or "treaty"/"preamble") of the original → the same provision in copy k. */
  mapPin(text: string): string;
  /** Prose with every term form prefixed by the tag, so it uses copy k's terms. */
  retag(text: string): string;
  id(value: unknown): string;
}

export function copyTransform(shape: CorpusShape, k: number): CopyTransform {
  const tag = copyTag(k);
  const slot = k % shape.slots;
  const band = Math.floor(k / shape.slots);
  const articleNumber = (article: number) => article + slot * shape.highestArticle;
  return {
    k,
    tag,
    slot,
    band,
    articleNumber,
    mapPin(text) {
      if (k === 0 || text === "treaty" || text === "preamble") return text;
      const pin = parsePinpoint(text);
      if (!pin) throw new Error(`synthetic corpus: "${text}" is not a pinpoint`);
      const span = (shape.articles.get(pin.article)?.maxParagraph ?? 0) + 1;
      const out: Pinpoint = { ...pin, article: articleNumber(pin.article) };
      if (band > 0 && (pin.paragraph !== undefined || pin.letter !== undefined)) {
        out.paragraph = pin.paragraph !== undefined ? band * span + pin.paragraph : band * span + span;
      }
      return formatPinpoint(out);
    },
    retag: (text) => (k === 0 || !shape.termPattern ? text : text.replace(shape.termPattern, (form) => `${tag} ${form}`)),
    id: (value) => (k === 0 ? String(value) : `${String(value)}-${tag}`),
  };
}

/**
 * Generates a corpus `factor`× the size of `base` (any content map that compiles). `root` is the
 * folder the paths start with (`content`).
 */
export function generateSyntheticCorpus(base: Corpus, factor: number, root = "content"): Corpus {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`synthetic corpus: factor must be a positive integer, not ${factor}`);
  const prefix = `${root}/`;
  const under = (folder: string) => [...base.files.keys()].filter((path) => path.startsWith(`${prefix}${folder}/`)).sort();
  const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\.(md|ya?ml)$/u, "");

  const shape = corpusShape(base, root);
  const bands = Math.ceil(factor / shape.slots);
  for (const [number, article] of shape.articles) {
    if (bands * (article.maxParagraph + 1) > MAX_PARAGRAPH) {
      throw new Error(
        `synthetic corpus: article ${number} has ${article.maxParagraph} paragraphs; ${bands} bands of it do not fit under paragraph ${MAX_PARAGRAPH}`,
      );
    }
  }
  const terms = under("terms").map((path) => ({ path, ...splitMarkdown(base.files.get(path)!) }));
  const topics = under("topics").map((path) => ({ path, ...splitMarkdown(base.files.get(path)!) }));
  const stakeholdersPath = `${prefix}stakeholders.yaml`;
  const stakeholders = (parseYaml(base.files.get(stakeholdersPath) ?? "[]") ?? []) as Array<Record<string, unknown>>;
  const sources = under("sources").map((path) => ({ path, data: parseYaml(base.files.get(path)!) as Record<string, unknown> }));
  const sourceIds = new Set(sources.map((source) => String(source.data.id)));
  const annotations = under("annotations").map((path) => ({
    path,
    id: nameOf(path),
    entries: (parseYaml(base.files.get(path)!) ?? []) as Array<Record<string, unknown>>,
  }));
  const timelinePath = `${prefix}timeline.yaml`;
  const timeline = (parseYaml(base.files.get(timelinePath) ?? "[]") ?? []) as Array<Record<string, unknown>>;
  const mappingsPath = `${prefix}lineage/mappings.yaml`;
  const mappings = (parseYaml(base.files.get(mappingsPath) ?? "[]") ?? []) as Array<Record<string, unknown>>;

  const files = new Map(base.files);
  const outSources = base.sources ? new Map(base.sources) : undefined;
  const newStakeholders = [...stakeholders];
  const newTimeline = [...timeline];
  const newMappings = [...mappings];
  const articleBodies = new Map<number, { data: Record<string, unknown>; body: string }>();

  for (let k = 1; k < factor; k++) {
    const copy = copyTransform(shape, k);
    const { tag, band, id, mapPin, retag } = copy;
    /** Retags the prose of a Markdown body, leaving directive lines (pins) alone. */
    const retagBody = (body: string): string =>
      body
        .split("\n")
        .map((line) => (line.startsWith(":::") ? line : retag(line)))
        .join("\n");

    // Articles: band 0 makes a new article, later bands append to the slot's article.
    for (const [number, article] of shape.articles) {
      const target = copy.articleNumber(number);
      const span = article.maxParagraph + 1;
      let wrapped = false;
      const body = retagBody(article.body)
        .split("\n")
        .flatMap((line) => {
          if (!DIRECTIVE_LINE.test(line)) return [line];
          const pinText = PIN_ATTRIBUTE.exec(line)?.[1] ?? "";
          const pin = parsePinpoint(pinText);
          const mapped = line.replace(PIN_ATTRIBUTE, `pin="${mapPin(pinText)}"`);
          if (band > 0 && pin && pin.paragraph === undefined && !wrapped) {
            wrapped = true;
            const wrapper = formatPinpoint({ article: target, paragraph: band * span + span });
            return [
              `:::paragraph{pin="${wrapper}" verified="false" label="Synthetic group ${tag}"}`,
              `Synthetic wrapper paragraph that groups the lettered items of copy ${tag}.`,
              ":::",
              "",
              mapped,
            ];
          }
          return [mapped];
        })
        .join("\n");
      if (band === 0) {
        // A new article needs its own lineage mapping: a copy of the original's.
        for (const mapping of mappings) if (mapping.article === number) newMappings.push({ ...mapping, article: target });
        const data = {
          ...article.data,
          number: target,
          title: `${String(article.data.title)} (${tag})`,
          topics: ((article.data.topics as string[] | undefined) ?? []).map(id),
        };
        articleBodies.set(target, { data, body });
      } else {
        // Slot 0 is the original article itself (copy 0), which later bands extend too.
        if (copy.slot === 0 && !articleBodies.has(target)) articleBodies.set(target, { data: article.data, body: article.body });
        const existing = articleBodies.get(target);
        if (!existing) throw new Error(`synthetic corpus: band ${band} of article ${target} comes before its band 0`);
        existing.body = `${existing.body.trimEnd()}\n\n${body}`;
      }
    }

    for (const term of terms) {
      const data: Record<string, unknown> = {
        ...term.data,
        term: `${tag} ${String(term.data.term)}`,
        aliases: ((term.data.aliases as string[] | undefined) ?? []).map((form) => `${tag} ${form}`),
        plurals: ((term.data.plurals as string[] | undefined) ?? []).map((form) => `${tag} ${form}`),
      };
      if (term.data.definedAt !== undefined) data.definedAt = mapPin(String(term.data.definedAt));
      files.set(`${prefix}terms/${id(nameOf(term.path))}.md`, joinMarkdown(data, retagBody(term.body)));
    }

    for (const topic of topics) {
      files.set(
        `${prefix}topics/${id(nameOf(topic.path))}.md`,
        joinMarkdown({ ...topic.data, title: `${String(topic.data.title)} (${tag})` }, retagBody(topic.body)),
      );
    }

    for (const entry of stakeholders) {
      newStakeholders.push({
        ...entry,
        id: id(entry.id),
        name: `${String(entry.name)} (${tag})`,
        ...(entry.parent !== undefined ? { parent: id(entry.parent) } : {}),
      });
    }

    for (const source of sources) {
      const sourceId = String(source.data.id);
      files.set(
        `${prefix}sources/${id(sourceId)}.yaml`,
        stringifyYaml(
          { ...source.data, id: id(sourceId), writer: id(String(source.data.writer)), title: `${String(source.data.title)} (${tag})` },
          { lineWidth: 0 },
        ),
      );
      const text = base.sources?.get(sourceId);
      if (outSources && text !== undefined) outSources.set(id(sourceId), text);
    }

    for (const file of annotations) {
      const entries = file.entries.map((entry) => ({
        ...entry,
        id: id(entry.id),
        voice: id(entry.voice),
        ...(entry.actor !== undefined ? { actor: id(entry.actor) } : {}),
        provisions: ((entry.provisions as string[] | undefined) ?? []).map((provision) => mapPin(String(provision))),
        paraphrase: retag(String(entry.paraphrase)),
        ...(entry.textNote !== undefined ? { textNote: retag(String(entry.textNote)) } : {}),
        ...(entry.topics !== undefined ? { topics: (entry.topics as string[]).map(id) } : {}),
      }));
      files.set(`${prefix}annotations/${id(file.id)}.yaml`, stringifyYaml(entries, { lineWidth: 0 }));
    }

    for (const event of timeline) {
      newTimeline.push({
        ...event,
        id: id(event.id),
        title: `${String(event.title)} (${tag})`,
        sources: ((event.sources as string[] | undefined) ?? []).map((source) => (sourceIds.has(source) ? id(source) : source)),
        ...(event.provisions !== undefined ? { provisions: (event.provisions as string[]).map((provision) => mapPin(String(provision))) } : {}),
      });
    }
  }

  for (const [number, article] of articleBodies) files.set(`${prefix}articles/${number}.md`, joinMarkdown(article.data, article.body));
  if (factor > 1) {
    if (base.files.has(stakeholdersPath)) files.set(stakeholdersPath, stringifyYaml(newStakeholders, { lineWidth: 0 }));
    if (base.files.has(timelinePath)) files.set(timelinePath, stringifyYaml(newTimeline, { lineWidth: 0 }));
    if (base.files.has(mappingsPath)) files.set(mappingsPath, stringifyYaml(newMappings, { lineWidth: 0 }));
  }
  return { files, sources: outSources };
}

/**
 * Search records of a K× corpus made by copying the 1× records with the same renaming as the
 * content generator. Only a fallback, for when compiling the K× corpus itself takes too long:
 * band copies stay separate records here, where the compiler merges them into one article.
 */
export function replicateSearchRecords(records: readonly SearchRecord[], shape: CorpusShape, factor: number): SearchRecord[] {
  const out: SearchRecord[] = [...records];
  for (let k = 1; k < factor; k++) {
    const copy = copyTransform(shape, k);
    for (const record of records) {
      const pin = parsePinpoint(record.pin) ? copy.mapPin(record.pin) : record.pin;
      out.push({
        ...record,
        id: `${record.id}~${copy.tag}`,
        pin,
        title: record.kind === "term" ? `${copy.tag} ${record.title}` : `${copy.retag(record.title)} (${copy.tag})`,
        names: record.names.map((name) => copy.retag(name)),
        text: copy.retag(record.text),
        ...(record.group !== undefined ? { group: copy.id(record.group) } : {}),
      });
    }
  }
  return out;
}

/** Total characters of content (not counting source texts), for reporting the real size ratio. */
export function corpusBytes(corpus: Corpus): number {
  let total = 0;
  for (const text of corpus.files.values()) total += Buffer.byteLength(text);
  return total;
}
