/** The browser builds the search engine in slices (lib/search/load.ts); it must be the same engine. */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/compile/problems";
import { createSearchEngine, createSearchEngineInSlices } from "../../lib/search/engine";
import { rankRecords } from "../../lib/search/rank";
import { compileRealContent } from "./real-content";

describe("building the search engine in slices", () => {
  it("pauses between slices and gives the same engine as building it at once", { timeout: 60_000 }, async () => {
    const result = compileRealContent();
    expect(result.problems.map(formatProblem)).toEqual([]);
    const data = { records: result.search! };
    const whole = createSearchEngine(data);
    let pauses = 0;
    const sliced = await createSearchEngineInSlices(data, async () => void pauses++, 7);
    expect(pauses).toBe(Math.ceil(data.records.length / 7));
    expect([...sliced.occurrences]).toEqual([...whole.occurrences]);
    expect(sliced.vocabulary).toEqual(whole.vocabulary);
    expect([...sliced.byPin]).toEqual([...whole.byPin]);
    for (const query of ["serious crime", "extradtion", "28(4)", "McCarthy", "art 2 h"]) {
      expect(
        rankRecords(sliced, query).map((r) => r.record.id),
        query,
      ).toEqual(rankRecords(whole, query).map((r) => r.record.id));
    }
  });
});
