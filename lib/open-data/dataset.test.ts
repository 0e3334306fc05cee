import { describe, expect, it } from "vitest";
import { testGraph } from "../graph/test-graph";
import { officialTextStatus } from "./dataset";

describe("officialTextStatus", () => {
  const graph = testGraph();

  it("says no official text was imported when none was", () => {
    const status = officialTextStatus(graph);
    expect(status.imported).toBe(false);
    expect(status.source).toBeUndefined();
    expect(status.links).toEqual(graph.treaty.officialText);
  });

  it("names the imported document, without its sentences", () => {
    const status = officialTextStatus(graph, { fileName: "A_RES_79_243-EN.pdf", sha256: "a".repeat(64), format: "pdf", pages: 41, importedAt: "2026-12-01" });
    expect(status.imported).toBe(true);
    expect(status.source).toEqual({ fileName: "A_RES_79_243-EN.pdf", sha256: "a".repeat(64), importedAt: "2026-12-01" });
    expect(status.note).toMatch(/A_RES_79_243-EN\.pdf, 2026-12-01/u);
  });
});
