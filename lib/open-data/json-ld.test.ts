import { describe, expect, it } from "vitest";
import { testGraph } from "../graph/test-graph";
import { articleJsonLd, conventionJsonLd, pinpointJsonLd, serializeJsonLd } from "./json-ld";

const graph = testGraph();
const url = (path: string) => `https://example.org${path}`;
const article2 = graph.articles[1]!;

describe("schema.org Legislation data", () => {
  it("describes the Convention as international legislation with its document symbol and official links", () => {
    const data = conventionJsonLd(graph.treaty, url);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Legislation",
      legislationIdentifier: "A/1",
      legislationJurisdiction: "international",
      legislationDate: "2024",
      url: "https://example.org/",
    });
    expect(data.sameAs).toEqual(["https://example.org"]);
  });

  it("makes an article part of the Convention", () => {
    const data = articleJsonLd(graph.treaty, article2, url);
    expect(data).toMatchObject({ name: "Article 2. Title 2", legislationIdentifier: "Test, art. 2", url: "https://example.org/articles/2" });
    expect(data.isPartOf).toMatchObject({ "@type": "Legislation", legislationIdentifier: "A/1" });
  });

  it("makes a nested paragraph part of its parent paragraph, then the article, then the Convention", () => {
    const data = pinpointJsonLd(graph.treaty, article2, article2.paragraphs[1]!, url);
    const chain = [];
    for (let node: typeof data | undefined = data; node; node = node.isPartOf) chain.push(node.url);
    expect(chain).toEqual(["https://example.org/articles/2/1/a", "https://example.org/articles/2/1", "https://example.org/articles/2", "https://example.org/"]);
    expect(data["@context"]).toBe("https://schema.org");
    expect(data.isPartOf?.["@context"]).toBeUndefined();
  });

  it("serialises so that no content can close the script element, and parses back to the same data", () => {
    const hostile = articleJsonLd(graph.treaty, { ...article2, title: "</script><script>alert(1)</script> & \u2028" }, url);
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(text)).toEqual(hostile);
    expect(serializeJsonLd(hostile)).toBe(text);
  });
});
