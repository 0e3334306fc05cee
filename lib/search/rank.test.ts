import { describe, expect, it } from "vitest";
import { createSearchEngine } from "./engine";
import { rankRecords } from "./rank";
import type { SearchRecord } from "./records";

const record = (id: string, kind: SearchRecord["kind"], pin: string, title: string, text: string, names: string[] = []): SearchRecord => ({
  id,
  kind,
  pin,
  title,
  names,
  text,
  href: `#${id}`,
});

const RECORDS: SearchRecord[] = [
  record("article:5", "provision", "Art. 5", "Freezing of assets", "Rules on freezing.", ["Freezing of assets"]),
  record("paragraph:5(1)", "provision", "5(1)", "Freezing of assets", "Each State may freeze assets.", []),
  record("paragraph:5(2)", "provision", "5(2)", "Freezing of assets: Notice", "Notice is given in writing.", ["Notice"]),
  record("paragraph:5(2)(a)", "provision", "5(2)(a)", "Freezing of assets", "Notice names the owner.", []),
  record("article:6", "provision", "Art. 6", "Seizure", "Seizure of property and of assets.", ["Seizure"]),
  record("term:notice", "term", "5(2)", "Notice", "A written warning.", ["Notice"]),
  record("annotation:a1", "commentary", "5(2), 6", "A speaker", "The notice rule is too weak.", ["A speaker"]),
  record("annotation:a2", "commentary", "6", "A speaker", "Seizure needs a judge.", ["A speaker"]),
  record("source:s1", "source", "Source", "Report on seizure", "", ["An outlet", "An author"]),
  record("topic:pledge", "topic", "Key issue", "Pledge", "Kept.", ["Pledge"]),
  record("term:pledge", "term", "Term", "Pledge", "Kept.", ["Pledge"]),
];
const engine = createSearchEngine({ records: RECORDS });
const ids = (query: unknown) => rankRecords(engine, query).map((result) => result.record.id);

describe("rankRecords", () => {
  it("answers a pinpoint with its paragraph, then the term it defines, its parts, its article and the commentary citing it", () => {
    expect(ids("5(2)")).toEqual(["paragraph:5(2)", "term:notice", "paragraph:5(2)(a)", "article:5", "annotation:a1"]);
    expect(rankRecords(engine, "art 5.2").every((result) => result.match === "pinpoint")).toBe(true);
  });

  it("falls back from a missing paragraph to its nearest existing ancestor", () => {
    expect(ids("5(9)")[0]).toBe("article:5");
    expect(ids("5(2)(b)")[0]).toBe("paragraph:5(2)");
  });

  it("treats a pinpoint of a missing article as words", () => {
    expect(ids("99")).toEqual([]);
    expect(ids("6")[0]).toBe("article:6");
  });

  it("ranks a name or title above the same word in body text", () => {
    const seizure = ids("seizure");
    expect(seizure[0]).toBe("article:6");
    expect(seizure.indexOf("source:s1")).toBeLessThan(seizure.indexOf("annotation:a2"));
  });

  it("puts a term above a key issue with the same words, whatever the document order (the prior by kind)", () => {
    expect(ids("pledge")).toEqual(["term:pledge", "topic:pledge"]);
  });

  it("settles exact ties by document order", () => {
    const speakers = rankRecords(engine, "a speaker").filter((result) => result.record.kind === "commentary");
    expect(speakers.map((result) => result.record.id)).toEqual(["annotation:a1", "annotation:a2"]);
    expect(speakers[0]!.score).toBe(speakers[1]!.score);
  });

  it("finds a misspelt word through its correction", () => {
    expect(ids("seizrue")[0]).toBe("article:6");
  });

  it("returns nothing for an empty, blank or non-string query", () => {
    for (const query of ["", "   ", undefined, null, 42, {}]) expect(ids(query)).toEqual([]);
  });
});
