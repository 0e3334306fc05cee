/**
 * The search index and the engine built from it: the one serialiser of /search-index.json, the
 * check of what was fetched, and the in-memory structures every query reads (prepared fields,
 * the inverted index of words, the vocabulary and the pinpoint table).
 */
import { parseNodeId } from "../graph/ids";
import { normalizePinpoint } from "../pinpoint";
import type { SearchRecord } from "./records";
import { tokenize, type Token } from "./text";
import { buildVocabulary, type Vocabulary } from "./vocabulary";

/** What /search-index.json holds. */
export interface SearchIndexData {
  records: SearchRecord[];
}

/** The text of /search-index.json: the only place the index is written. */
export function serializeSearchIndex(records: readonly SearchRecord[]): string {
  return JSON.stringify({ records });
}

/**
 * Checks the shape of a fetched index. The file is written by our own build from zod-checked
 * records, so the shape check is enough here and keeps zod out of the browser's search chunk.
 */
export function readSearchIndex(data: unknown): SearchIndexData {
  const records: unknown = data && typeof data === "object" && "records" in data ? data.records : undefined;
  if (!Array.isArray(records)) throw new Error("not a search index");
  return { records };
}

/** One searchable field of a record. */
export interface Field {
  value: string;
  tokens: Token[];
  weight: number;
  /** The record's own name: an exact match on it scores more than one on an alias. */
  primary: boolean;
  kind: "title" | "name" | "text";
}

/** A record made ready for queries. */
export interface Prepared {
  record: SearchRecord;
  order: number;
  /** The title, then the other names, then the body text (always last). */
  fields: Field[];
  /** Canonical pinpoints the record is about (`2(h)`, `28`), for pinpoint queries. */
  pins: string[];
  /** The canonical pinpoint of the record itself, for provisions. */
  own?: string;
}

export interface SearchEngine {
  records: readonly SearchRecord[];
  prepared: readonly Prepared[];
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

function field(value: string, weight: number, primary: boolean, kind: Field["kind"]): Field {
  return { value, tokens: tokenize(value), weight, primary, kind };
}

/** Title, names and text with their weights: speakers, authors and inherited titles weigh less. */
function recordFields(record: SearchRecord, paragraph: boolean): Field[] {
  const speaker = record.kind === "commentary";
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
  return fields;
}

function prepare(record: SearchRecord, order: number): Prepared {
  const id = parseNodeId(record.id);
  const paragraph = id?.kind === "paragraph";
  const fields = recordFields(record, paragraph);
  let own: string | undefined;
  if (id?.kind === "article") own = id.key;
  else if (paragraph) own = normalizePinpoint(record.pin);
  const pins: string[] = [];
  if (own) pins.push(own);
  else {
    for (const part of record.pin.split(/,\s*/u)) {
      const pin = normalizePinpoint(part);
      if (pin) pins.push(pin);
    }
  }
  return { record, order, fields, pins, own };
}

/** The inverted index of all tokens and the counts of words of two letters or more. */
function indexWords(prepared: readonly Prepared[]): { counts: Map<string, number>; occurrences: Map<string, number[]> } {
  const counts = new Map<string, number>();
  const occurrences = new Map<string, number[]>();
  prepared.forEach((p, index) => {
    p.fields.forEach((f, fieldIndex) => {
      f.tokens.forEach((token, position) => {
        if (token.t.length > 1) counts.set(token.t, (counts.get(token.t) ?? 0) + 1);
        const list = occurrences.get(token.t);
        if (list) list.push(index, fieldIndex, position);
        else occurrences.set(token.t, [index, fieldIndex, position]);
      });
    });
  });
  return { counts, occurrences };
}

/** Builds the engine from the records of the index. */
export function createSearchEngine(data: SearchIndexData): SearchEngine {
  return finishEngine(data.records, data.records.map(prepare));
}

/**
 * The same engine, its records prepared `sliceSize` at a time with `pause()` between slices, so
 * a browser stays responsive while it builds (no long task on the main thread).
 */
export async function createSearchEngineInSlices(data: SearchIndexData, pause: () => Promise<void>, sliceSize = 25): Promise<SearchEngine> {
  const prepared: Prepared[] = [];
  for (let from = 0; from < data.records.length; from += sliceSize) {
    prepared.push(...data.records.slice(from, from + sliceSize).map((record, offset) => prepare(record, from + offset)));
    await pause();
  }
  return finishEngine(data.records, prepared);
}

function finishEngine(records: SearchRecord[], prepared: Prepared[]): SearchEngine {
  const { counts, occurrences } = indexWords(prepared);
  const byPin = new Map<string, number>();
  prepared.forEach((p, i) => {
    if (p.own && p.record.kind === "provision") byPin.set(p.own, i);
  });
  const fieldOffset = new Int32Array(prepared.length + 1);
  prepared.forEach((p, i) => (fieldOffset[i + 1] = fieldOffset[i]! + p.fields.length));
  return { records, prepared, vocabulary: buildVocabulary(counts), byPin, occurrences, fieldOffset };
}
