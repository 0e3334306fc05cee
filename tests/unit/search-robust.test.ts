/**
 * Any string at all must search without throwing: empty, huge, emoji, regex metacharacters,
 * right-to-left text, lone surrogates, control characters. Property-based (fast-check) against
 * the real content, plus the odd cases spelled out.
 */
import fc from "fast-check";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { formatPinpoint, parsePinpoint } from "../../lib/pinpoint";
import { parsePinpointQuery } from "../../lib/search/pinpoint-query";
import { createSearchEngine, readSearchIndex, serializeSearchIndex, type SearchEngine } from "../../lib/search/engine";
import { searchRecords } from "../../lib/search/filters";
import { rankRecords } from "../../lib/search/rank";
import type { SearchResult } from "../../lib/search/results";
import { highlightParts, makeSnippet } from "../../lib/search/snippet";
import { cleanQuery, MAX_QUERY_LENGTH, tokenize } from "../../lib/search/text";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

let engine: SearchEngine;

beforeAll(() => {
  const problems = new ProblemList();
  const files = readContentFiles(resolve(ROOT, "content"), ROOT, problems);
  const result = compileContent({ files, sources: readSharedSources(resolve(ROOT, "../shared/sources")), root: "content" }, problems);
  if (!result.search) throw new Error(`content does not compile:\n${result.problems.map(formatProblem).join("\n")}`);
  engine = createSearchEngine(readSearchIndex(JSON.parse(serializeSearchIndex(result.search))));
}, 60_000);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const FRAGMENTS = [
  "serious crime",
  "28(4)",
  "art. 11(1)(a)(ii)",
  "24/7",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "*",
  "+",
  "?",
  "^",
  "$",
  "|",
  "\\",
  ".*",
  "(?<x>",
  "'",
  '"',
  "!",
  "=",
  "^extradition$",
  "'exact",
  "\uD83D\uDE00",
  "\uD83C\uDDFA\uD83C\uDDF3",
  "👩‍👩‍👧",
  "\uD800",
  "\uDFFF",
  "\u0000",
  "\u202E",
  "\u200F",
  "\uFEFF",
  "مكافحة الجريمة",
  "עברית",
  "الجريمة الخطيرة",
  "é",
  "e\u0301",
  "ǅ",
  "İ",
  "ß",
  "ﬁ",
  "𝔰𝔢𝔯𝔦𝔬𝔲𝔰",
  "  ",
  "\n",
  "\t",
  "a".repeat(40),
  "1".repeat(12),
  "art",
  "article",
];
const nasty = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: codeUnit },
      { weight: 2, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));
const anyString = fc.oneof(nasty, fc.string({ unit: codeUnit, maxLength: 1200 }), fc.string({ unit: "grapheme", maxLength: 300 }));

function checkResult(result: SearchResult) {
  const { record, titleRanges, textRanges, snippet } = result;
  expect(Number.isFinite(result.score)).toBe(true);
  const ordered = (ranges: Array<[number, number]>, length: number) => {
    let at = 0;
    for (const [start, end] of ranges) {
      expect(start).toBeGreaterThanOrEqual(at);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(length);
      at = end;
    }
  };
  ordered(titleRanges, record.title.length);
  ordered(textRanges, record.text.length);
  ordered(snippet.ranges, snippet.text.length);
}

describe("search input robustness", () => {
  it("never throws and returns well-formed results for any string", () => {
    fc.assert(
      fc.property(anyString, (query) => {
        const results = searchRecords(engine, query, { limit: 20 });
        expect(Array.isArray(results)).toBe(true);
        expect(results.length).toBeLessThanOrEqual(20);
        for (const result of results) checkResult(result);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("handles the spelled-out odd cases", () => {
    const cases = [
      "",
      " ",
      "\u0000",
      "a".repeat(1000),
      "serious crime ".repeat(80),
      "😀🎉👩‍👩‍👧",
      "(.*+?[]{}|^$\\",
      "^=!'\"|",
      "/[a-z]+/gi",
      "مكافحة الجريمة الإلكترونية",
      "\u202Eserious crime",
      "\uD800",
      "\uDC00abc\uD800",
      "abc\uD83D",
      "28(4".repeat(50),
      "art. ".repeat(200),
      "9".repeat(1000),
    ];
    for (const query of cases) {
      const results = searchRecords(engine, query);
      for (const result of results) checkResult(result);
    }
    expect(searchRecords(engine, "")).toEqual([]);
    expect(searchRecords(engine, "   ")).toEqual([]);
    expect(searchRecords(engine, undefined)).toEqual([]);
    expect(searchRecords(engine, 42)).toEqual([]);
  });

  it("clamps long queries to their first MAX_QUERY_LENGTH characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, minLength: 0, maxLength: 5000 }), (query) => {
        const cleaned = cleanQuery(query);
        expect(cleaned.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(LONE_SURROGATE.test(cleaned)).toBe(false);
      }),
      { numRuns: 300 },
    );
    // How fast a long query is answered is a target of `npm run bench` (scripts/bench/search-bench.ts).
    const long = "extradition serious crime security research ".repeat(200);
    const results = rankRecords(engine, long);
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.record.id)).toEqual(rankRecords(engine, long.slice(0, MAX_QUERY_LENGTH)).map((r) => r.record.id));
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(nasty, (query) => {
        expect(rankRecords(engine, query).map((r) => r.record.id)).toEqual(rankRecords(engine, query).map((r) => r.record.id));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("keeps token offsets inside the text", () => {
    fc.assert(
      fc.property(anyString, (text) => {
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.end).toBeGreaterThan(token.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads pinpoint queries safely, and only well-formed pinpoints", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyString, fc.stringMatching(/^(?:art\.? |article )?\d{1,3}(?:[ .(]\d{1,2}\)?)?(?:[ .(][a-z]\)?)?(?:[ .(][ivx]{1,4}\)?)?$/u)),
        (query) => {
          const pin = parsePinpointQuery(query);
          if (pin) expect(parsePinpoint(formatPinpoint(pin))).toEqual(pin);
        },
      ),
      { numRuns: 500 },
    );
    expect(parsePinpointQuery("28(4)")).toEqual({ article: 28, paragraph: 4 });
    expect(parsePinpointQuery("art 28.4")).toEqual({ article: 28, paragraph: 4 });
    expect(parsePinpointQuery("Article 2 h")).toEqual({ article: 2, letter: "h" });
    expect(parsePinpointQuery("art. 11(1)(a)(ii)")).toEqual({ article: 11, paragraph: 1, letter: "a", roman: "ii" });
    expect(parsePinpointQuery("2(e)(i)")).toEqual({ article: 2, letter: "e", roman: "i" });
    expect(parsePinpointQuery("2(i)")).toEqual({ article: 2, letter: "i" });
    for (const notPin of ["24/7", "90 days", "2 hours", "four years", "2019", "art", "28(4)(zz)", "0", "28(0)"])
      expect(parsePinpointQuery(notPin)).toBeUndefined();
  });

  it("snippets and highlights survive any ranges", () => {
    fc.assert(
      fc.property(anyString, fc.array(fc.tuple(fc.integer({ min: -5, max: 1300 }), fc.integer({ min: -5, max: 1300 }))), (text, pairs) => {
        const ranges = pairs.map(([a, b]): [number, number] => [Math.max(0, Math.min(a, b)), Math.min(text.length, Math.max(a, b))]);
        const snippet = makeSnippet(text, ranges, 120);
        expect(snippet.text.length).toBeLessThanOrEqual(122);
        const parts = highlightParts(snippet.text, snippet.ranges);
        expect(parts.map((p) => p.text).join("")).toBe(snippet.text);
      }),
      { numRuns: 300 },
    );
  });
});
