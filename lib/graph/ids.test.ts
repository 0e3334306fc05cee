import { describe, expect, it } from "vitest";
import { articleOfNodeId, nodeId, parseNodeId, provisionNodeId } from "./ids";

describe("node ids", () => {
  it("makes and parses every kind", () => {
    const made: Array<[string, string, string]> = [
      ["article", nodeId.article(28), "28"],
      ["paragraph", nodeId.paragraph("28(4)"), "28(4)"],
      ["chapter", nodeId.chapter("IV"), "IV"],
      ["term", nodeId.term("k-1"), "k-1"],
      ["topic", nodeId.topic("k-1"), "k-1"],
      ["stakeholder", nodeId.stakeholder("k-1"), "k-1"],
      ["source", nodeId.source("k-1"), "k-1"],
      ["annotation", nodeId.annotation("k-1"), "k-1"],
      ["event", nodeId.event("k-1"), "k-1"],
      ["official", nodeId.official("28(4)"), "28(4)"],
      ["counterpart", nodeId.counterpart("budapest", 19), "budapest:19"],
    ];
    expect(made.map(([kind]) => kind).sort()).toEqual(Object.keys(nodeId).sort());
    for (const [kind, id, key] of made) expect(parseNodeId(id)).toEqual({ kind, key });
  });

  it("knows the two singletons and rejects strangers", () => {
    expect(parseNodeId("treaty")).toEqual({ kind: "treaty", key: "" });
    expect(parseNodeId("preamble")).toEqual({ kind: "preamble", key: "" });
    expect(parseNodeId("about")).toEqual({ kind: "about", key: "" });
    expect(parseNodeId("widget:1")).toBeUndefined();
    expect(parseNodeId("article:")).toBeUndefined();
    expect(parseNodeId("28")).toBeUndefined();
  });

  it("maps provisions to article or paragraph nodes, normalising the pinpoint", () => {
    expect(provisionNodeId("28")).toBe("article:28");
    expect(provisionNodeId("28 (4)")).toBe("paragraph:28(4)");
    expect(provisionNodeId("treaty")).toBe("treaty");
    expect(() => provisionNodeId("nonsense")).toThrow(/not a provision/);
  });

  it("finds the article of article and paragraph ids only", () => {
    expect(articleOfNodeId("article:7")).toBe(7);
    expect(articleOfNodeId("paragraph:40(21)(b)")).toBe(40);
    expect(articleOfNodeId("term:serious-crime")).toBeUndefined();
    expect(articleOfNodeId("preamble")).toBeUndefined();
  });
});
