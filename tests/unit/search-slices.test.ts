/** The browser builds the search engine in slices (lib/search/load.ts); it must be the same engine. */
import Fuse from "fuse.js";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { FUSE_OPTIONS } from "../../lib/search/fuse-options";
import { createSearchEngine, createSearchEngineInSlices, rankRecords, type SearchIndexData } from "../../lib/search/query";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function indexData(): SearchIndexData {
  const problems = new ProblemList();
  const files = readContentFiles(resolve(ROOT, "content"), ROOT, problems);
  const result = compileContent({ files, sources: readSharedSources(resolve(ROOT, "../shared/sources")), root: "content" }, problems);
  if (!result.search) throw new Error(`content does not compile:\n${result.problems.map(formatProblem).join("\n")}`);
  return { records: result.search, index: Fuse.createIndex(FUSE_OPTIONS.keys ?? [], result.search).toJSON() };
}

let data: SearchIndexData;
// Compiling the real content takes a few seconds on a busy machine.
beforeAll(() => {
  data = indexData();
}, 120_000);

describe("building the search engine in slices", () => {
  it("pauses between slices and gives the same engine as building it at once", async () => {
    const whole = createSearchEngine(data);
    let pauses = 0;
    const sliced = await createSearchEngineInSlices(data, async () => void pauses++, 7);
    expect(pauses).toBe(Math.ceil(data.records.length / 7));
    expect([...sliced.occurrences]).toEqual([...whole.occurrences]);
    expect(sliced.vocabulary.sorted).toEqual(whole.vocabulary.sorted);
    expect([...sliced.byPin]).toEqual([...whole.byPin]);
    for (const query of ["serious crime", "extradtion", "28(4)", "McCarthy", "art 2 h"]) {
      expect(rankRecords(sliced, query).map((r) => r.record.id), query).toEqual(rankRecords(whole, query).map((r) => r.record.id));
    }
  }, 30_000);
});
