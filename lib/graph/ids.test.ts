import { describe, expect, it } from "vitest";
import { articleOfNodeId, nodeId, parseNodeId, provisionNodeId } from "./ids";

describe("node ids", () => {
  it("makes and parses every kind", () => {
    for (const [kind, make] of Object.entries(nodeId)) {
      const id = kind === "article" ? (make as (n: number) => string)(28) : (make as (k: string) => string)("k-1");
      expect(parseNodeId(id)).toEqual({ kind, key: kind === "article" ? "28" : "k-1" });
    }
  });

  it("knows the two singletons and rejects strangers", () => {
    expect(parseNodeId("treaty")).toEqual({ kind: "treaty", key: "" });
    expect(parseNodeId("preamble")).toEqual({ kind: "preamble", key: "" });
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
