import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/compile/problems";
import { DATA_SCHEMA_NAMES, openDataHref, type DataSchemaName } from "../../lib/graph/hrefs";
import { annotationsData, articleData, graphData, stakeholdersData } from "../../lib/open-data/build";
import { dataJsonSchema } from "../../lib/open-data/json-schema";
import { clauseGraph, type ClauseGraph } from "../../lib/schema/graph";
import { compileRealContent } from "./real-content";

/**
 * The open data built in-process from the real content: every file validates against the JSON
 * Schema generated from its zod schema. (tests/e2e/open-data.desktop.spec.ts checks the built files.)
 */

const url = (path: string) => `https://data.example.org${path}`;
let graph: ClauseGraph;
let validate: (name: DataSchemaName, data: unknown) => string[];

beforeAll(() => {
  const result = compileRealContent();
  expect(result.problems.map(formatProblem)).toEqual([]);
  graph = result.graph!;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = new Map(DATA_SCHEMA_NAMES.map((name) => [name, ajv.compile(dataJsonSchema(name, url(openDataHref.schema(name))))]));
  validate = (name, data) => {
    const check = validators.get(name)!;
    return check(JSON.parse(JSON.stringify(data))) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
});

describe("open data built from the real content", () => {
  it("validates the graph, annotation and stakeholder files against their generated schemas", () => {
    expect(validate("graph", graphData(graph, url))).toEqual([]);
    expect(validate("annotations", annotationsData(graph, url))).toEqual([]);
    expect(validate("stakeholders", stakeholdersData(graph, url))).toEqual([]);
  });

  it("validates every article file, each naming its schema and the official-text status", () => {
    for (const article of graph.articles) {
      const data = articleData(graph, article.number, url);
      expect(data, `article ${article.number}`).toBeDefined();
      expect(validate("article", data), `article ${article.number}`).toEqual([]);
      expect(data?.$schema).toBe(url(openDataHref.schema("article")));
      expect(data?.dataset.officialText.imported).toBe(false);
      expect(data?.paragraphs.map((p) => p.pin)).toEqual(article.paragraphs.map((p) => p.pin));
    }
    expect(articleData(graph, 999, url)).toBeUndefined();
  });

  it("rejects a file that strays from the schema, so passing means something", () => {
    const data = JSON.parse(JSON.stringify(articleData(graph, 28, url)));
    delete data.article.title;
    data.paragraphs[0].extra = "not in the schema";
    data.schemaVersion = "0.0.1";
    expect(validate("article", data)).toEqual(
      expect.arrayContaining([
        "/article must have required property 'title'",
        "/paragraphs/0 must NOT have additional properties",
        "/schemaVersion must be equal to constant",
      ]),
    );
  });

  it("generates the graph schema from the zod graph schema, field for field", () => {
    const schema = dataJsonSchema("graph", url("/x"));
    const graphSchema = (schema.properties as Record<string, { required?: string[] }>).graph;
    expect(graphSchema?.required).toEqual(Object.keys(clauseGraph.shape));
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(url("/x"));
  });

  it("lists an article's backlinks, terms, topics and annotations", () => {
    const data = articleData(graph, 2, url)!;
    expect(data.terms.filter((t) => t.definedHere).length).toBeGreaterThan(5);
    const article28 = articleData(graph, 28, url)!;
    expect(article28.topics.map((t) => t.slug)).toEqual(graph.articles.find((a) => a.number === 28)?.topics);
    expect(article28.annotations.every((a) => a.provisions.some((p) => p === "28" || p.startsWith("28(")))).toBe(true);
    expect(article28.paragraphs.find((p) => p.pin === "28(4)")?.citations.bib).toBe(url("/cite/articles/28-4.bib"));
  });
});
