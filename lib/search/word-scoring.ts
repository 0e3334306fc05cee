/**
 * Word scoring for lib/search/rank.ts: which index words match a query (the match table), one
 * pass over their occurrences that scores every record holding a content word, and the
 * highlight ranges of a field, worked out only for results that are shown.
 */
import type { Field, SearchEngine } from "./engine";
import type { MatchKind } from "./results";
import type { QueryToken } from "./spelling";
import { MAX_QUERY_TOKENS, type Range, type Token } from "./text";
import { lowerBound } from "./vocabulary";

function tokenMatch(q: QueryToken, word: string): number {
  if (word === q.t) return q.corrected ? 0.85 : 1;
  if (q.prefix && word.length > q.t.length && word.startsWith(q.t)) return q.corrected ? 0.8 : 0.9;
  return 0;
}

/** For one query: each index word that matches some query word → how well it matches each one. */
export type MatchTable = ReadonlyMap<string, readonly number[]>;

/** The match table of a query: its words, and every vocabulary word a prefix word starts. */
export function matchTable(engine: SearchEngine, query: readonly QueryToken[]): MatchTable {
  const table = new Map<string, number[]>();
  const { sorted } = engine.vocabulary;
  const consider = (word: string) => {
    if (table.has(word)) return;
    const row = query.map((q) => tokenMatch(q, word));
    if (row.some((m) => m > 0)) table.set(word, row);
  };
  for (const q of query) {
    consider(q.t);
    if (q.prefix) for (let i = lowerBound(sorted, q.t); i < sorted.length && sorted[i]!.startsWith(q.t); i++) consider(sorted[i]!);
  }
  return table;
}

/** How well the whole query, word by word, matches the tokens from `position` on (0: not a phrase there). */
function phraseQuality(words: readonly Token[], position: number, n: number, table: MatchTable): number {
  if (position + n > words.length) return 0;
  let q = table.get(words[position]!.t)?.[0] ?? 0;
  for (let j = 1; j < n && q > 0; j++) q = Math.min(q, table.get(words[position + j]!.t)?.[j] ?? 0);
  return q;
}

/** What one record scored on words. */
export interface WordScore {
  lexical: number;
  match: MatchKind;
}

/**
 * Scores every record that holds a content (non-stop) word of the query, in one pass over the
 * occurrences of the matching words: per field, the best match of each query word, how often
 * the whole query occurs there as a phrase, and whether the field is exactly the query. State
 * lives in flat typed arrays indexed by field, so a query allocates almost nothing per record.
 */
export function scoreWords(engine: SearchEngine, query: readonly QueryToken[], table: MatchTable, contentCount: number): Map<number, WordScore> {
  const scratch = scratchFor(engine);
  const touched = gatherOccurrences(engine, query, table, scratch);
  const scores = new Map<number, WordScore>();
  const bestOverFields = new Float64Array(query.length);
  for (const record of touched) {
    if (scratch.hasContent[record]) scores.set(record, scoreRecord(engine, record, query, contentCount, scratch, bestOverFields));
  }
  resetScratch(engine, touched, query.length, scratch);
  return scores;
}

/** Fills the scratch arrays from the occurrences of the matching words; returns the records touched. */
function gatherOccurrences(engine: SearchEngine, query: readonly QueryToken[], table: MatchTable, scratch: Scratch): number[] {
  const n = query.length;
  const { fieldOffset, prepared } = engine;
  const { best, phrases, quality, exact, hasContent, seen } = scratch;
  const touched: number[] = [];
  for (const [word, row] of table) {
    const triples = engine.occurrences.get(word);
    if (!triples) continue;
    const content = row.some((m, j) => m > 0 && !query[j]!.stop);
    // A word that only matches stop words counts only inside a phrase, which is checked from
    // the phrase's first word: unless it is that word, its (many) occurrences can be skipped.
    if (!content && row[0]! === 0) continue;
    for (let k = 0; k < triples.length; k += 3) {
      const record = triples[k]!;
      const field = triples[k + 1]!;
      const position = triples[k + 2]!;
      if (!seen[record]) {
        seen[record] = 1;
        touched.push(record);
      }
      if (content) hasContent[record] = 1;
      const slot = fieldOffset[record]! + field;
      for (let j = 0; j < n; j++) if (row[j]! > best[slot * n + j]!) best[slot * n + j] = row[j]!;
      const words = prepared[record]!.fields[field]!.tokens;
      const q = phraseQuality(words, position, n, table);
      if (q > 0) {
        phrases[slot]!++;
        if (q > quality[slot]!) quality[slot] = q;
        if (position === 0 && words.length === n) exact[slot] = 1;
      }
    }
  }
  return touched;
}

/** One field's score before its weight: exact match, else phrase (by density), else word coverage. */
function fieldScore(f: Field, slot: number, query: readonly QueryToken[], contentCount: number, scratch: Scratch): number {
  const n = query.length;
  const { best, phrases, quality, exact } = scratch;
  if (exact[slot]) return (f.primary ? 40 : 36) * quality[slot]!;
  if (phrases[slot]! > 0) {
    // Density: how much of the field the phrase fills. Capped below an exact match for names.
    const density = Math.min(1, (n * phrases[slot]!) / Math.sqrt(f.tokens.length));
    return (25 + (f.kind === "text" ? 15 : 10) * density) * quality[slot]!;
  }
  let sum = 0;
  for (let j = 0; j < n; j++) if (!query[j]!.stop) sum += best[slot * n + j]!;
  const coverage = contentCount === 0 ? 0 : sum / contentCount;
  return 12 * coverage * coverage;
}

/** A record's score: its best name or title and its body text, or its words scattered over fields. */
function scoreRecord(
  engine: SearchEngine,
  record: number,
  query: readonly QueryToken[],
  contentCount: number,
  scratch: Scratch,
  bestOverFields: Float64Array,
): WordScore {
  const n = query.length;
  const { best, phrases, exact } = scratch;
  const fields = engine.prepared[record]!.fields;
  const offset = engine.fieldOffset[record]!;
  let identity = 0;
  let body = 0;
  let anyPhrase = false;
  let anyExact = false;
  bestOverFields.fill(0);
  fields.forEach((f, index) => {
    const slot = offset + index;
    const score = fieldScore(f, slot, query, contentCount, scratch) * f.weight;
    for (let j = 0; j < n; j++) bestOverFields[j] = Math.max(bestOverFields[j]!, best[slot * n + j]! * f.weight);
    if (index === fields.length - 1) body = score;
    else identity = Math.max(identity, score);
    anyPhrase ||= phrases[slot]! > 0;
    anyExact ||= exact[slot] === 1;
  });
  // Best name or title, plus 15% of the body text (or the other way round).
  let lexical = Math.max(identity, body) + 0.15 * Math.min(identity, body);
  if (!anyPhrase && contentCount > 0) {
    let sum = 0;
    let present = 0;
    for (let j = 0; j < n; j++) {
      if (query[j]!.stop) continue;
      sum += bestOverFields[j]!;
      if (bestOverFields[j]! > 0) present++;
    }
    const coverage = present / contentCount;
    lexical = Math.max(lexical * coverage, ((10 * sum) / contentCount) * coverage * coverage);
  }
  return { lexical, match: anyExact ? "exact" : anyPhrase ? "phrase" : "words" };
}

/** Leaves the scratch arrays zeroed for the next query, touching only what this one used. */
function resetScratch(engine: SearchEngine, touched: readonly number[], n: number, scratch: Scratch): void {
  const { fieldOffset } = engine;
  const { best, phrases, quality, exact, hasContent, seen } = scratch;
  for (const record of touched) {
    seen[record] = 0;
    hasContent[record] = 0;
    for (let slot = fieldOffset[record]!; slot < fieldOffset[record + 1]!; slot++) {
      best.fill(0, slot * n, slot * n + n);
      phrases[slot] = 0;
      quality[slot] = 0;
      exact[slot] = 0;
    }
  }
}

interface Scratch {
  best: Float64Array;
  phrases: Int32Array;
  quality: Float64Array;
  exact: Uint8Array;
  hasContent: Uint8Array;
  seen: Uint8Array;
}

const scratchByEngine = new WeakMap<SearchEngine, Scratch>();

/** Per-field working arrays, made once per engine and zeroed after each query. */
function scratchFor(engine: SearchEngine): Scratch {
  let scratch = scratchByEngine.get(engine);
  if (!scratch) {
    const totalFields = engine.fieldOffset[engine.fieldOffset.length - 1]!;
    const records = engine.prepared.length;
    scratch = {
      best: new Float64Array(totalFields * MAX_QUERY_TOKENS),
      phrases: new Int32Array(totalFields),
      quality: new Float64Array(totalFields),
      exact: new Uint8Array(totalFields),
      hasContent: new Uint8Array(records),
      seen: new Uint8Array(records),
    };
    scratchByEngine.set(engine, scratch);
  }
  return scratch;
}

/** What to highlight in one field: each phrase occurrence, or else (and for longer queries) each matched word. */
export function fieldRanges(f: Field, query: readonly QueryToken[], table: MatchTable): Range[] {
  const n = query.length;
  const words = f.tokens;
  const ranges: Range[] = [];
  const matchedAt: number[] = [];
  let phrases = 0;
  for (let i = 0; i < words.length; i++) {
    const row = table.get(words[i]!.t);
    if (!row) continue;
    if (row.some((m, j) => m > 0 && !query[j]!.stop)) matchedAt.push(i);
    if (phraseQuality(words, i, n, table) > 0) {
      phrases++;
      ranges.push([words[i]!.start, words[i + n - 1]!.end]);
    }
  }
  if (phrases === 0 || n > 1) for (const i of matchedAt) ranges.push([words[i]!.start, words[i]!.end]);
  return ranges;
}
