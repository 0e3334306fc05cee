/**
 * The site reads .generated/graph.json through clauseGraph, whose nodes are the content schemas
 * plus what the linker adds. The real graph must pass it unchanged, and it must keep the
 * content schemas' checks and strictness.
 */
import { describe, expect, it } from "vitest";
import { clauseGraph, type ClauseGraph } from "../../lib/schema/graph";
import { compileRealContent } from "./real-content";

function realGraph(): ClauseGraph {
  const { graph } = compileRealContent();
  if (!graph) throw new Error("the real content does not compile");
  return graph;
}

describe("clauseGraph", () => {
  // Compiles the real content first: generous, because the machine may be busy.
  it("parses the compiled real graph, as written to JSON, without changing a value", { timeout: 60_000 }, () => {
    const graph = realGraph();
    expect(clauseGraph.parse(JSON.parse(JSON.stringify(graph)))).toEqual(graph);
  });

  it("refuses a node with a field no schema declares", () => {
    const graph = realGraph();
    const [first, ...rest] = graph.annotations;
    const result = clauseGraph.safeParse({ ...graph, annotations: [{ ...first, notAField: 1 }, ...rest] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["notAField"], path: ["annotations", 0] });
  });

  it("keeps the content schemas' checks on the fields they declare", () => {
    const graph = realGraph();
    const [term, ...terms] = graph.terms;
    const [event, ...events] = graph.timeline;
    expect(clauseGraph.safeParse({ ...graph, terms: [{ ...term, slug: "Not A Slug" }, ...terms] }).success).toBe(false);
    expect(clauseGraph.safeParse({ ...graph, timeline: [{ ...event, date: "2024-02-30" }, ...events] }).success).toBe(false);
  });
});
