/**
 * Ranking: every record that matches a query, best first.
 *
 * In order of precedence:
 *
 * 1. Pinpoints. A query that is only a pinpoint (`28(4)`, `art 28.4`, `article 2 h`,
 *    `art. 11(1)(a)(ii)`) resolves to that paragraph, or to its nearest existing ancestor, and
 *    returns it first, followed by the terms it defines, its sub-paragraphs, its article and
 *    the commentary that cites it. Nothing else is returned.
 * 2. Words, matched exactly against normalised tokens (case, diacritics and number words such
 *    as "four" ↔ "4" do not matter; the last word, or any word of three letters or more, may be
 *    a prefix). An unknown word is first corrected to the nearest vocabulary word of the index
 *    (spelling.ts), at a small penalty. Each field of a record scores:
 *      - the whole field equals the query: 40 (36 for an alias);
 *      - the query occurs as a phrase: 25 + up to 10 (names, titles) or 15 (body text) for
 *        how densely it fills the field;
 *      - otherwise: 12 × (share of the query's words present)²;
 *    times the field weight: names/titles 3 (speakers of commentary, authors of sources and a
 *    paragraph's inherited article title 2), body text 1. A record scores the better of its
 *    best name/title and its body text, plus 15% of the other. Where no field holds the
 *    phrase, the words scattered over the record score 10 × (mean weight of where each word was
 *    found) × (share of words present)². So a phrase beats the same words scattered in a field
 *    of the same weight, and a name or title beats body text (word-scoring.ts). Only records
 *    holding a query word are scored, so a query costs what it matches, not the corpus.
 * 3. A small prior by kind (term +1, key issue and stakeholder +0.8, provision +0.5) settles
 *    near-ties; exact ties go to document order.
 */
import { formatPinpoint, parentPinpoint, type Pinpoint } from "../pinpoint";
import type { Prepared, SearchEngine } from "./engine";
import type { SearchKindName } from "./kinds";
import { parsePinpointQuery } from "./pinpoint-query";
import { lazyResult, NO_HIGHLIGHTS, type Highlights, type MatchKind, type SearchResult } from "./results";
import { queryTokens } from "./spelling";
import { cleanQuery, MAX_QUERY_TOKENS, tokenize } from "./text";
import { fieldRanges, matchTable, scoreWords } from "./word-scoring";

const KIND_PRIOR: Record<SearchKindName, number> = { term: 1, topic: 0.8, stakeholder: 0.8, provision: 0.5, official: 0.4, commentary: 0, source: 0 };
/** A record scoring less than this on words (before its prior) is left out. */
const MIN_SCORE = 2;

interface Ranked {
  prepared: Prepared;
  score: number;
  match: MatchKind;
  highlights: () => Highlights;
}

/** The existing provision a pinpoint names, or its nearest existing ancestor. */
function resolvePinpoint(engine: SearchEngine, pin: Pinpoint): Pinpoint | undefined {
  for (let target: Pinpoint | undefined = pin; target; target = parentPinpoint(target)) {
    if (engine.byPin.has(formatPinpoint(target))) return target;
  }
  return undefined;
}

/** The pinpoint's own provision, then the terms it defines, its parts, its ancestors and what cites it. */
function rankPinpoint(engine: SearchEngine, pin: Pinpoint): Ranked[] | undefined {
  const target = resolvePinpoint(engine, pin);
  if (!target) return undefined;
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
    } else if (kind === "official" && p.pins[0] === key) score = 990;
    else if (kind === "official" && p.pins.some(within)) score = 890;
    else if (kind === "term" && p.pins.some((x) => x === key)) score = 950;
    else if (kind === "term" && p.pins.some(within)) score = 920;
    else if (p.pins.some((x) => x === key)) score = 700;
    else if (p.pins.some(within)) score = 650;
    if (score > 0) out.push({ prepared: p, score, match: "pinpoint", highlights: NO_HIGHLIGHTS });
  }
  return out;
}

/** Records scored on the query's words (spelling corrected), with their prior by kind. */
function rankWords(engine: SearchEngine, cleaned: string): Ranked[] {
  const tokens = tokenize(cleaned).slice(0, MAX_QUERY_TOKENS);
  if (tokens.length === 0) return [];
  const query = queryTokens(engine.vocabulary, tokens);
  const contentCount = query.filter((q) => !q.stop).length;
  const table = matchTable(engine, query);
  const out: Ranked[] = [];
  for (const [index, scored] of scoreWords(engine, query, table, contentCount)) {
    const p = engine.prepared[index]!;
    const prior = KIND_PRIOR[p.record.kind];
    const score = scored.lexical + prior;
    if (scored.lexical <= 0 || score < MIN_SCORE + prior) continue;
    const highlights = () => ({ title: fieldRanges(p.fields[0]!, query, table), text: fieldRanges(p.fields[p.fields.length - 1]!, query, table) });
    out.push({ prepared: p, score, match: scored.match, highlights });
  }
  return out;
}

/** Every matching record, best first, unfiltered and unlimited; snippets of about `snippetLength` characters. */
export function rankRecords(engine: SearchEngine, rawQuery: unknown, snippetLength = 180): SearchResult[] {
  const cleaned = cleanQuery(rawQuery);
  if (!cleaned) return [];
  const pin = parsePinpointQuery(cleaned);
  const ranked = (pin && rankPinpoint(engine, pin)) || rankWords(engine, cleaned);
  ranked.sort((a, b) => b.score - a.score || KIND_PRIOR[b.prepared.record.kind] - KIND_PRIOR[a.prepared.record.kind] || a.prepared.order - b.prepared.order);
  return ranked.map((r) => lazyResult({ record: r.prepared.record, score: r.score, match: r.match, highlights: r.highlights }, snippetLength));
}
