/**
 * The search engine: a pure module shared by the search page, the quick-search dialog and the
 * unit tests. It is loaded in the browser only by dynamic import() when search is used.
 *
 * Ranking, in order of precedence:
 *
 * 1. Pinpoints. A query that is only a pinpoint (`28(4)`, `art 28.4`, `article 2 h`,
 *    `art. 11(1)(a)(ii)`) resolves to that paragraph, or to its nearest existing ancestor, and
 *    returns it first, followed by the terms it defines, its sub-paragraphs, its article and
 *    the commentary that cites it. Nothing else is returned.
 * 2. Words, matched exactly against normalised tokens (case, diacritics and number words such
 *    as "four" ↔ "4" do not matter; the last word, or any word of three letters or more, may be
 *    a prefix). An unknown word is first corrected to the nearest vocabulary word of the index
 *    (edit distance 1, or 2 from six letters; same first letter), at a small penalty.
 *    Each field of a record scores:
 *      - the whole field equals the query: 40 (36 for an alias);
 *      - the query occurs as a phrase: 25 + up to 10 (names, titles) or 15 (body text) for
 *        how densely it fills the field;
 *      - otherwise: 12 × (share of the query's words present)²;
 *    times the field weight: names/titles 3 (speakers of commentary, authors of sources and a
 *    paragraph's inherited article title 2), body text 1. A record scores the better of its
 *    best name/title and its body text, plus 15% of the other. Where no field holds the
 *    phrase, the words scattered over the record score 10 × (mean weight of where each word was
 *    found) × (share of words present)². So a phrase beats the same words scattered in a field
 *    of the same weight, and a name or title beats body text.
 * 3. Fuzzy similarity of names and titles (fuse.js; its index is built at compile time) adds
 *    up to 12 when the words found nothing. A record found only this way needs a fuse score of
 *    0.3 or better. Only records holding a query word are scored on words (an
 *    inverted index of the records' words), so a query costs what it matches, not the corpus.
 * 4. A small prior by kind (term +1, key issue and stakeholder +0.8, provision +0.5) settles
 *    near-ties; exact ties go to document order.
 */
import Fuse from "fuse.js";
import { formatPinpoint, normalizePinpoint, parentPinpoint, type Pinpoint } from "../pinpoint";
import { FUSE_OPTIONS, SEARCH_KEYS } from "./fuse-options";
import type { SearchKindName } from "./kinds";
import { parsePinpointQuery } from "./pinpoint-query";
import type { SearchRecord } from "./records";
import { makeSnippet, mergeRanges, type Snippet } from "./snippet";
import { cleanQuery, editDistance, MAX_QUERY_TOKENS, STOPWORDS, tokenize, type Range, type Token } from "./text";
import { fieldRanges, lowerBound, matchTable, scoreWords } from "./word-scoring";

export type { Range } from "./text";
export type { Snippet } from "./snippet";

/** What /search-index.json holds. */
export interface SearchIndexData {
  records: SearchRecord[];
  /** Fuse.createIndex(...).toJSON(); rebuilt when missing or made with other keys. */
  index?: unknown;
}

export interface Field {
  value: string;
  tokens: Token[];
  weight: number;
  /** The record's own name: an exact match on it scores more than one on an alias. */
  primary: boolean;
  kind: "title" | "name" | "text";
}

interface Prepared {
  record: SearchRecord;
  order: number;
  /** The title, then the other names, then the body text (always last). */
  fields: Field[];
  /** Canonical pinpoints the record is about (`2(h)`, `28`), for pinpoint queries. */
  pins: string[];
  /** The canonical pinpoint of the record itself, for provisions. */
  own?: string;
}

interface Vocabulary {
  counts: Map<string, number>;
  sorted: string[];
  /** Words by their first character, for typo correction. */
  byFirst: Map<string, string[]>;
}

export interface SearchEngine {
  records: readonly SearchRecord[];
  prepared: readonly Prepared[];
  fuse: Fuse<SearchRecord>;
  vocabulary: Vocabulary;
  /** Canonical pinpoint (`28(4)`, `28`) → index of its provision record. */
  byPin: ReadonlyMap<string, number>;
  /**
   * Word → where it occurs, as flat triples (record index, field index, token position). A query
   * looks only at the occurrences of the words it matches, so its cost follows what it finds,
   * not the size of the corpus.
   */
  occurrences: ReadonlyMap<string, readonly number[]>;
  /** Record index → index of its first field among all records' fields (one more entry: the total). */
  fieldOffset: Int32Array;
}

export type MatchKind = "pinpoint" | "exact" | "phrase" | "words" | "fuzzy";

export interface SearchResult {
  record: SearchRecord;
  /** Higher is better; only comparable within one query. */
  score: number;
  match: MatchKind;
  /** Ranges of record.title to highlight. */
  titleRanges: Range[];
  /** Ranges of record.text to highlight. */
  textRanges: Range[];
  /** A short window of record.text around the matches, with its own ranges. */
  snippet: Snippet;
}

export interface SearchOptions {
  kinds?: readonly SearchKindName[];
  /** Top-level stakeholder groups; records without a group are left out when set. */
  groups?: readonly string[];
  /** Default 50. */
  limit?: number;
  /** Characters of snippet; default 180. */
  snippetLength?: number;
}

const KIND_PRIOR: Record<SearchKindName, number> = { term: 1, topic: 0.8, stakeholder: 0.8, provision: 0.5, commentary: 0, source: 0 };
/** A record found only by fuzzy matching must be at least this similar (1 − fuse score). */
const MIN_FUZZY = 0.7;
const FUZZY_WEIGHT = 12;
const MIN_SCORE = 2;

type SerializedIndex = Parameters<typeof Fuse.parseIndex>[0];

/** Whether a serialised Fuse index was built with today's SEARCH_KEYS (a stale one is rebuilt). */
function keysMatch(index: unknown): index is SerializedIndex {
  if (!index || typeof index !== "object") return false;
  const keys = (index as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length !== SEARCH_KEYS.length) return false;
  return keys.every((key, i) => {
    const name = SEARCH_KEYS[i]!.name;
    if (typeof key === "string") return key === name;
    if (!key || typeof key !== "object") return false;
    const k = key as { id?: unknown; path?: unknown };
    return k.id === name || (Array.isArray(k.path) && k.path.join(".") === name);
  });
}

function field(value: string, weight: number, primary: boolean, kind: Field["kind"]): Field {
  return { value, tokens: tokenize(value), weight, primary, kind };
}

function prepare(record: SearchRecord, order: number): Prepared {
  const speaker = record.kind === "commentary";
  const paragraph = record.id.startsWith("paragraph:");
  const title = field(record.title, speaker || paragraph ? 2 : 3, !speaker && !paragraph, "title");
  const seen = new Set([record.title.trim().toLowerCase()]);
  const fields: Field[] = [title];
  record.names.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    const secondary = speaker || record.kind === "source";
    fields.push(field(name, secondary ? 2 : 3, !secondary && i === 0, "name"));
  });
  fields.push(field(record.text, 1, false, "text"));
  const pins: string[] = [];
  let own: string | undefined;
  if (record.id.startsWith("article:")) own = record.id.slice("article:".length);
  else if (paragraph) own = normalizePinpoint(record.pin);
  if (own) pins.push(own);
  else {
    for (const part of record.pin.split(/,\s*/u)) {
      const pin = normalizePinpoint(part);
      if (pin) pins.push(pin);
    }
  }
  return { record, order, fields, pins, own };
}

/** Builds an engine from the shipped index (or from records alone, building the Fuse index). */
/** The engine while it is being built: records prepared so far, and their words. */
interface EngineBuilder {
  prepared: Prepared[];
  counts: Map<string, number>;
  occurrences: Map<string, number[]>;
}

/** Prepares records [from, to) and adds their words to the builder. */
function addRecords(builder: EngineBuilder, records: readonly SearchRecord[], from: number, to: number): void {
  for (let index = from; index < to; index++) {
    const p = prepare(records[index]!, index);
    builder.prepared.push(p);
    p.fields.forEach((f, fieldIndex) => {
      f.tokens.forEach((token, position) => {
        if (token.t.length > 1) builder.counts.set(token.t, (builder.counts.get(token.t) ?? 0) + 1);
        const list = builder.occurrences.get(token.t);
        if (list) list.push(index, fieldIndex, position);
        else builder.occurrences.set(token.t, [index, fieldIndex, position]);
      });
    });
  }
}

function finishEngine(data: SearchIndexData, { prepared, counts, occurrences }: EngineBuilder): SearchEngine {
  const records = data.records;
  const index = keysMatch(data.index) ? Fuse.parseIndex<SearchRecord>(data.index) : undefined;
  const fuse = new Fuse(records, FUSE_OPTIONS, index);
  const sorted = [...counts.keys()].sort();
  const byFirst = new Map<string, string[]>();
  for (const word of sorted) {
    const list = byFirst.get(word[0]!);
    if (list) list.push(word);
    else byFirst.set(word[0]!, [word]);
  }
  const vocabulary: Vocabulary = { counts, sorted, byFirst };
  const byPin = new Map<string, number>();
  prepared.forEach((p, i) => {
    if (p.own && p.record.kind === "provision") byPin.set(p.own, i);
  });
  const fieldOffset = new Int32Array(prepared.length + 1);
  prepared.forEach((p, i) => (fieldOffset[i + 1] = fieldOffset[i]! + p.fields.length));
  return { records, prepared, fuse, vocabulary, byPin, occurrences, fieldOffset };
}

export function createSearchEngine(data: SearchIndexData): SearchEngine {
  const builder: EngineBuilder = { prepared: [], counts: new Map(), occurrences: new Map() };
  addRecords(builder, data.records, 0, data.records.length);
  return finishEngine(data, builder);
}

/**
 * The same engine, built `sliceSize` records at a time with `pause()` between slices, so a
 * browser stays responsive while it builds (no long task on the main thread).
 */
export async function createSearchEngineInSlices(data: SearchIndexData, pause: () => Promise<void>, sliceSize = 25): Promise<SearchEngine> {
  const builder: EngineBuilder = { prepared: [], counts: new Map(), occurrences: new Map() };
  for (let from = 0; from < data.records.length; from += sliceSize) {
    addRecords(builder, data.records, from, Math.min(data.records.length, from + sliceSize));
    await pause();
  }
  return finishEngine(data, builder);
}

function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  const lo = lowerBound(sorted, prefix);
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

export interface QueryToken {
  t: string;
  stop: boolean;
  corrected: boolean;
  prefix: boolean;
}

/**
 * The nearest vocabulary word to a misspelt one (edit distance 1, or 2 from six letters), or
 * undefined. Like most spelling correctors it trusts the first letter (or a swap of the first two).
 */
function correct(vocabulary: Vocabulary, word: string, last: boolean): string | undefined {
  const max = word.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number; count: number } | undefined;
  const consider = (item: string, distance: number) => {
    if (distance > max) return;
    const count = vocabulary.counts.get(item) ?? 0;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: item, distance, count };
  };
  const candidates = [...(vocabulary.byFirst.get(word[0]!) ?? [])];
  if (word.length > 1 && word[1] !== word[0]) candidates.push(...(vocabulary.byFirst.get(word[1]!) ?? []).filter((item) => item[1] === word[0]));
  for (const item of candidates) if (Math.abs(item.length - word.length) <= max) consider(item, editDistance(word, item, max));
  // While typing, the last word may be the misspelt start of a longer word.
  if (last && !best) {
    for (const item of candidates) if (item.length > word.length + max) consider(item, editDistance(word, item.slice(0, word.length), max) + 0.5);
  }
  return best?.word;
}

function queryTokens(engine: SearchEngine, tokens: Token[]): QueryToken[] {
  const allStop = tokens.every((token) => STOPWORDS.has(token.t));
  let corrections = 0;
  return tokens.map((token, i) => {
    const last = i === tokens.length - 1;
    const stop = !allStop && STOPWORDS.has(token.t);
    const numeric = /^\d+$/u.test(token.t);
    const q: QueryToken = { t: token.t, stop, corrected: false, prefix: !numeric && (token.t.length >= 3 || (last && token.t.length >= 2)) };
    const { counts, sorted } = engine.vocabulary;
    if (stop || numeric || token.t.length < 4 || token.t.length > 24 || counts.has(token.t) || hasPrefix(sorted, token.t) || corrections >= 6) return q;
    corrections++;
    const fixed = correct(engine.vocabulary, token.t, last);
    if (fixed) return { ...q, t: fixed, corrected: true, prefix: last };
    return q;
  });
}


interface Highlights {
  title: Range[];
  text: Range[];
}

interface Ranked {
  prepared: Prepared;
  score: number;
  match: MatchKind;
  /** Worked out only for the results that are shown. */
  highlights: () => Highlights;
}

const NO_HIGHLIGHTS = (): Highlights => ({ title: [], text: [] });

function rankPinpoint(engine: SearchEngine, pin: Pinpoint): Ranked[] | undefined {
  let target: Pinpoint | undefined = pin;
  let found: number | undefined;
  while (target && found === undefined) {
    found = engine.byPin.get(formatPinpoint(target));
    if (found === undefined) target = parentPinpoint(target);
  }
  if (found === undefined || !target) return undefined;
  const key = formatPinpoint(target);
  const article = String(target.article);
  const isArticle = key === article;
  const within = (p: string) => p === key || p.startsWith(`${key}(`) || (isArticle && p.startsWith(`${article}(`));
  const ancestors = new Set<string>();
  for (let up = parentPinpoint(target); up; up = parentPinpoint(up)) ancestors.add(formatPinpoint(up));
  const out: Ranked[] = [];
  for (const p of engine.prepared) {
    let score = 0;
    const kind = p.record.kind;
    if (p.own !== undefined && kind === "provision") {
      if (p.own === key) score = 1000;
      else if (within(p.own)) score = 900;
      else if (ancestors.has(p.own)) score = 850;
    } else if (kind === "term" && p.pins.some((x) => x === key)) score = 950;
    else if (kind === "term" && p.pins.some(within)) score = 920;
    else if (p.pins.some((x) => x === key)) score = 700;
    else if (p.pins.some(within)) score = 650;
    if (score > 0) out.push({ prepared: p, score, match: "pinpoint", highlights: NO_HIGHLIGHTS });
  }
  return out;
}

function rankWords(engine: SearchEngine, cleaned: string): Ranked[] {
  const tokens = tokenize(cleaned).slice(0, MAX_QUERY_TOKENS);
  if (tokens.length === 0) return [];
  const query = queryTokens(engine, tokens);
  const contentCount = query.filter((q) => !q.stop).length;
  const table = matchTable(engine, query);
  const out: Ranked[] = [];
  const lexicalScores = scoreWords(engine, query, table, contentCount);
  // Fuzzy matching of names and titles: fuse.js scans every record, so it runs only where the
  // words found nothing (corrected typos already match as words).
  const fuzzy = new Map<number, number>();
  // Bitap patterns longer than 32 characters are slow and no longer about names or titles.
  if (cleaned.length >= 4 && cleaned.length <= 32 && ![...lexicalScores.values()].some((l) => l.lexical > 0)) {
    for (const hit of engine.fuse.search(cleaned, { limit: 40 })) fuzzy.set(hit.refIndex, 1 - (hit.score ?? 1));
  }
  for (const index of new Set([...lexicalScores.keys(), ...fuzzy.keys()])) {
    const p = engine.prepared[index]!;
    const scored = lexicalScores.get(index);
    const lexical = scored?.lexical ?? 0;
    const fz = fuzzy.get(index) ?? 0;
    if (lexical <= 0 && fz < MIN_FUZZY) continue;
    const match: MatchKind = lexical <= 0 || !scored ? "fuzzy" : scored.match;
    const score = lexical + FUZZY_WEIGHT * fz + KIND_PRIOR[p.record.kind];
    if (score < MIN_SCORE + KIND_PRIOR[p.record.kind]) continue;
    const highlights = scored ? () => ({ title: fieldRanges(p.fields[0]!, query, table), text: fieldRanges(p.fields[p.fields.length - 1]!, query, table) }) : NO_HIGHLIGHTS;
    out.push({ prepared: p, score, match, highlights });
  }
  return out;
}

/** Every matching record, best first, unfiltered and unlimited. */
export function rankRecords(engine: SearchEngine, rawQuery: unknown, snippetLength = 180): SearchResult[] {
  const cleaned = cleanQuery(rawQuery);
  if (!cleaned) return [];
  const pin = parsePinpointQuery(cleaned);
  const ranked = (pin && rankPinpoint(engine, pin)) || rankWords(engine, cleaned);
  ranked.sort((a, b) => b.score - a.score || KIND_PRIOR[b.prepared.record.kind] - KIND_PRIOR[a.prepared.record.kind] || a.prepared.order - b.prepared.order);
  return ranked.map((r) => new RankedResult(r, snippetLength));
}

/** A result whose highlights and snippet are worked out when first read. */
class RankedResult implements SearchResult {
  readonly record: SearchRecord;
  readonly score: number;
  readonly match: MatchKind;
  #ranked: Ranked;
  #snippetLength: number;
  #highlights?: Highlights;
  #snippet?: Snippet;

  constructor(ranked: Ranked, snippetLength: number) {
    this.record = ranked.prepared.record;
    this.score = Math.round(ranked.score * 1000) / 1000;
    this.match = ranked.match;
    this.#ranked = ranked;
    this.#snippetLength = snippetLength;
  }

  #merged(): Highlights {
    if (!this.#highlights) {
      const raw = this.#ranked.highlights();
      this.#highlights = { title: mergeRanges(raw.title), text: mergeRanges(raw.text) };
    }
    return this.#highlights;
  }

  get titleRanges(): Range[] {
    return this.#merged().title;
  }

  get textRanges(): Range[] {
    return this.#merged().text;
  }

  get snippet(): Snippet {
    this.#snippet ??= makeSnippet(this.record.text, this.textRanges, this.#snippetLength);
    return this.#snippet;
  }
}

/** Keeps the results of the given kinds and stakeholder groups. */
export function filterResults(results: readonly SearchResult[], options: Pick<SearchOptions, "kinds" | "groups">): SearchResult[] {
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
  const groups = options.groups && options.groups.length > 0 ? new Set(options.groups) : undefined;
  return results.filter((r) => (!kinds || kinds.has(r.record.kind)) && (!groups || (r.record.group !== undefined && groups.has(r.record.group))));
}

/** Ranks, filters and limits: the one call most callers need. */
export function searchRecords(engine: SearchEngine, query: unknown, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(0, Math.min(options.limit ?? 50, 1000));
  return filterResults(rankRecords(engine, query, options.snippetLength), options).slice(0, limit);
}

/** How many results there are of each kind. */
export function countByKind(results: readonly SearchResult[]): Record<SearchKindName, number> {
  const counts: Record<SearchKindName, number> = { provision: 0, term: 0, commentary: 0, stakeholder: 0, topic: 0, source: 0 };
  for (const r of results) counts[r.record.kind]++;
  return counts;
}

/** The top-level stakeholder groups, in index order, for the group filter. */
export function stakeholderGroups(engine: SearchEngine): Array<{ id: string; name: string }> {
  return engine.records.filter((r) => r.kind === "stakeholder" && r.group !== undefined && r.id === `stakeholder:${r.group}`).map((r) => ({ id: r.group!, name: r.title }));
}
