import { describe, expect, it } from "vitest";
import { createSearchEngine, readSearchIndex, serializeSearchIndex } from "./engine";
import type { SearchRecord } from "./records";

const RECORDS: SearchRecord[] = [
  {
    id: "article:28",
    kind: "provision",
    pin: "Art. 28",
    title: "Search and seizure",
    names: ["Search and seizure"],
    text: "Stored data.",
    href: "/articles/28",
  },
  {
    id: "paragraph:28(4)",
    kind: "provision",
    pin: "28(4)",
    title: "Search and seizure",
    names: [],
    text: "Orders to people with knowledge.",
    href: "/articles/28#p4",
  },
  {
    id: "annotation:x",
    kind: "commentary",
    pin: "28(4), 2(h)",
    title: "A speaker",
    names: ["A speaker"],
    text: "Too broad.",
    href: "/sources/s#x",
    group: "g",
  },
];

describe("search index file", () => {
  it("round-trips the records through serializeSearchIndex and readSearchIndex", () => {
    expect(readSearchIndex(JSON.parse(serializeSearchIndex(RECORDS)))).toEqual({ records: RECORDS });
  });

  it("rejects anything that is not an index", () => {
    for (const data of [null, 42, "records", {}, { records: "x" }]) expect(() => readSearchIndex(data)).toThrow("not a search index");
  });
});

describe("createSearchEngine", () => {
  const engine = createSearchEngine({ records: RECORDS });

  it("knows each provision by its canonical pinpoint", () => {
    expect([...engine.byPin]).toEqual([
      ["28", 0],
      ["28(4)", 1],
    ]);
  });

  it("reads the pinpoints a commentary record is about from its pin list", () => {
    expect(engine.prepared[2]!.pins).toEqual(["28(4)", "2(h)"]);
    expect(engine.prepared[2]!.own).toBeUndefined();
  });

  it("indexes every word occurrence as (record, field, position)", () => {
    // "seizure" is the third word of the title of records 0 and 1 (record 0's name repeats its title, so it is not a field).
    expect(engine.occurrences.get("seizure")).toEqual([0, 0, 2, 1, 0, 2]);
    expect(engine.vocabulary.counts.get("search")).toBe(2);
  });
});
