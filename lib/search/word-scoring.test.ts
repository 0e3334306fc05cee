import { describe, expect, it } from "vitest";
import { href } from "../graph/hrefs";
import { nodeId } from "../graph/ids";
import { createSearchEngine } from "./engine";
import { rankRecords } from "./rank";
import type { SearchRecord } from "./records";

function record(id: string, title: string, text: string): SearchRecord {
  return { id: nodeId.paragraph(id), kind: "provision", pin: id, title, names: [], text, href: href.pinpoint(id) };
}

const RECORDS = [
  record("1", "Scope", "The rules apply to serious crime and to other offences."),
  record("2", "Serious crime", "Conduct punishable by four years or more."),
  record("3", "Assistance", "A serious matter for States: crime of any kind."),
  record("4", "Unrelated", "Nothing of the kind, and the same stop words of the and of."),
];
const engine = createSearchEngine({ records: RECORDS });

const ids = (query: string) => rankRecords(engine, query).map((result) => result.record.id);

describe("word scoring", () => {
  it("scores only records holding a content word of the query", () => {
    expect(ids("serious crime")).not.toContain("paragraph:4");
    expect(ids("of the")).toContain("paragraph:4");
  });

  it("ranks an exact title above a phrase in text, and a phrase above scattered words", () => {
    expect(ids("serious crime").slice(0, 3)).toEqual(["paragraph:2", "paragraph:1", "paragraph:3"]);
    expect(
      rankRecords(engine, "serious crime")
        .map((result) => result.match)
        .slice(0, 2),
    ).toEqual(["exact", "phrase"]);
  });

  it("finds a phrase that holds a stop word", () => {
    const results = rankRecords(engine, "crime of any kind");
    expect(results[0]!.record.id).toBe("paragraph:3");
    expect(results[0]!.match).toBe("phrase");
  });

  it("highlights the phrase where it occurs, worked out when read", () => {
    const first = rankRecords(engine, "serious crime").find((result) => result.record.id === "paragraph:1")!;
    expect(first.textRanges.map(([start, end]) => first.record.text.slice(start, end))).toEqual(["serious crime"]);
    expect(first.snippet.text).toContain("serious crime");
  });

  it("gives the same results to the same query twice (the working arrays are reset)", () => {
    const fresh = createSearchEngine({ records: RECORDS });
    const before = rankRecords(fresh, "crime four").map((result) => [result.record.id, result.score]);
    rankRecords(fresh, "serious crime");
    expect(rankRecords(fresh, "crime four").map((result) => [result.record.id, result.score])).toEqual(before);
  });
});
