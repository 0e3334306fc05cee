import { describe, expect, it } from "vitest";
import type { SearchRecord } from "./records";
import { lazyResult, NO_HIGHLIGHTS, type Highlights } from "./results";

const TEXT = `${"Filler words come first in this text. ".repeat(8)}The serious crime clause is here.`;
const RECORD: SearchRecord = { id: "paragraph:2(h)", kind: "provision", pin: "2(h)", title: "Serious crime", names: [], text: TEXT, href: "#h" };
const AT = TEXT.indexOf("serious crime");

function counted(highlights: Highlights): { calls: () => number; highlights: () => Highlights } {
  let calls = 0;
  return {
    calls: () => calls,
    highlights: () => {
      calls++;
      return highlights;
    },
  };
}

describe("lazyResult", () => {
  it("works out the highlights only when first read, and only once", () => {
    const spy = counted({ title: [[0, 7]], text: [[AT, AT + 13]] });
    const result = lazyResult({ record: RECORD, score: 10, match: "phrase", highlights: spy.highlights });
    expect(spy.calls()).toBe(0);
    expect(result.titleRanges).toEqual([[0, 7]]);
    expect(result.textRanges).toEqual([[AT, AT + 13]]);
    void result.snippet;
    expect(spy.calls()).toBe(1);
  });

  it("merges overlapping and touching ranges", () => {
    const result = lazyResult({
      record: RECORD,
      score: 1,
      match: "words",
      highlights: () => ({
        title: [
          [8, 13],
          [0, 7],
          [7, 8],
        ],
        text: [
          [AT + 8, AT + 13],
          [AT, AT + 10],
        ],
      }),
    });
    expect(result.titleRanges).toEqual([[0, 13]]);
    expect(result.textRanges).toEqual([[AT, AT + 13]]);
  });

  it("cuts the snippet around the matches, with its ranges moved to match", () => {
    const result = lazyResult({ record: RECORD, score: 1, match: "phrase", highlights: () => ({ title: [], text: [[AT, AT + 13]] }) }, 80);
    const { text, ranges } = result.snippet;
    expect(text.startsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(82);
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(["serious crime"]);
  });

  it("starts the snippet at the beginning of the text when nothing is highlighted", () => {
    const result = lazyResult({ record: RECORD, score: 1, match: "pinpoint", highlights: NO_HIGHLIGHTS }, 80);
    expect(result.snippet.text.startsWith("Filler words")).toBe(true);
    expect(result.snippet.ranges).toEqual([]);
  });

  it("rounds the score to three decimals", () => {
    expect(lazyResult({ record: RECORD, score: 12.34567, match: "words", highlights: NO_HIGHLIGHTS }).score).toBe(12.346);
  });
});
