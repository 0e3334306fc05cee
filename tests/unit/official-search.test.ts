/**
 * With an official text imported, search finds the treaty's own words: one record per provision
 * and recital, linked to the provision in the official text on its article page, ranked after
 * the digest's own provision for a pinpoint query. Without one, the index holds none.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileContent, type CompileResult } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import type { OfficialText } from "../../lib/official/schema";
import { createSearchEngine, readSearchIndex, serializeSearchIndex, type SearchEngine } from "../../lib/search/engine";
import { countByKind, kindsInIndex, searchRecords } from "../../lib/search/filters";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";
import { buildModel, contentPins, officialFromModel, readStructure } from "../official/synthetic";
import { REPO, SHARED } from "./real-content";

const files = readContentFiles(resolve(REPO, "content"), REPO, new ProblemList());
const sources = readSharedSources(resolve(SHARED, "sources"));
const engineOf = (result: CompileResult): SearchEngine => createSearchEngine(readSearchIndex(JSON.parse(serializeSearchIndex(result.search!))));

let text: OfficialText;
let withText: CompileResult;
let withoutText: CompileResult;

beforeAll(() => {
  text = officialFromModel(buildModel(readStructure(resolve(SHARED, "treaty/structure.tsv")), contentPins(resolve(REPO, "content"))));
  // Invented words, not the treaty's: a phrase only the official text holds, and one in a recital.
  const article28 = text.articles.find((article) => article.number === 28)!;
  article28.provisions.find((provision) => provision.pin === "28(4)")!.text = "Each party shall let its authorities order a zorblax quindle to help them.";
  text.preamble[2] = "Noting the frobnitz accords between the parties,";
  withText = compileContent({ files, sources, official: { text, path: "content/official/en.json" } });
  withoutText = compileContent({ files, sources });
  expect([...withText.problems, ...withoutText.problems].map(formatProblem)).toEqual([]);
}, 60_000);

describe("searching the official text", () => {
  it("indexes every provision and recital of the imported text, and nothing official without one", () => {
    const official = withText.search!.filter((record) => record.kind === "official");
    expect(official).toHaveLength(text.preamble.length + text.articles.reduce((sum, article) => sum + article.provisions.length, 0));
    expect(withoutText.search!.some((record) => record.kind === "official")).toBe(false);
    expect(withText.search!.filter((record) => record.kind !== "official")).toEqual(withoutText.search);
    expect(kindsInIndex(engineOf(withText))).toContain("official");
    expect(kindsInIndex(engineOf(withoutText))).not.toContain("official");
  });

  it("finds words only the official text holds, linked to the provision in the official text", () => {
    const [first] = searchRecords(engineOf(withText), "zorblax quindle");
    expect(first?.record).toMatchObject({ kind: "official", pin: "28(4)", title: "Article 28(4)", href: "/articles/28#official-p4" });
    const [recital] = searchRecords(engineOf(withText), "frobnitz accords");
    expect(recital?.record).toMatchObject({ kind: "official", title: "Preamble, recital 3", href: "/preamble#official-heading" });
    expect(searchRecords(engineOf(withoutText), "zorblax quindle")).toEqual([]);
  });

  it("puts a provision's official wording right after its digest when the query is its pinpoint", () => {
    const results = searchRecords(engineOf(withText), "28(4)");
    expect(results.slice(0, 2).map((result) => [result.record.kind, result.record.pin])).toEqual([
      ["provision", "28(4)"],
      ["official", "28(4)"],
    ]);
  });

  it("keeps the digests' results for a phrase, with the official text counted as a kind of its own", () => {
    const engine = engineOf(withText);
    const results = searchRecords(engine, "serious crime", { limit: 1000 });
    expect(results[0]?.record.kind).not.toBe("official");
    const digestOnly = searchRecords(engineOf(withoutText), "serious crime", { limit: 1000 });
    expect(results.filter((result) => result.record.kind !== "official").map((result) => result.record.id)).toEqual(
      digestOnly.map((result) => result.record.id),
    );
    expect(countByKind(results).official).toBe(results.filter((result) => result.record.kind === "official").length);
  });
});
