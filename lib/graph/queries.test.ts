import { describe, expect, it } from "vitest";
import {
  adjacentChapters,
  annotationsBy,
  annotationsByGroup,
  annotationsFor,
  chapterArticles,
  describeNode,
  getChapter,
  getParagraph,
  isTreatyWide,
  paragraphReferencedBy,
  previousAndNext,
  provisionWithin,
  referencedBy,
  referencesFrom,
  sourceAnnotations,
  stanceMatrix,
  termUsages,
  topicAnnotations,
  topicArticles,
  treatyWideAnnotations,
} from "./queries";
import { testGraph } from "./test-graph";

const graph = testGraph();
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

describe("graph queries", () => {
  it("finds paragraphs by any accepted spelling", () => {
    expect(getParagraph(graph, "2 (1)(A)")?.pin).toBe("2(1)(a)");
    expect(getParagraph(graph, "9(9)")).toBeUndefined();
  });

  it("walks articles and chapters in treaty order", () => {
    expect(previousAndNext(graph, 2).previous?.number).toBe(1);
    expect(previousAndNext(graph, 3).next).toBeUndefined();
    expect(getChapter(graph, "ii")?.numeral).toBe("II");
    expect(adjacentChapters(graph, "I")).toEqual({ previous: undefined, next: graph.chapters[1] });
    expect(chapterArticles(graph, graph.chapters[0]!).map((a) => a.number)).toEqual([1, 2]);
  });

  it("describes nodes with labels and site URLs", () => {
    expect(describeNode(graph, "paragraph:2(1)(a)")).toEqual({ id: "paragraph:2(1)(a)", label: "Article 2(1)(a) (Title 2)", href: "/articles/2#p1-a" });
    expect(describeNode(graph, "stakeholder:ngo-a-person")?.href).toBe("/stakeholders/ngos#ngo-a-person");
    expect(describeNode(graph, "annotation:on-2")?.href).toBe("/sources/src#on-2");
    expect(describeNode(graph, "article:99")).toBeUndefined();
    expect(describeNode(graph, "bogus")).toBeUndefined();
  });

  it("separates what an article refers to from what refers to it, ignoring references within it", () => {
    expect(ids(referencesFrom(graph, 2))).toEqual(["article:3"]);
    expect(ids(referencedBy(graph, 2))).toEqual(["paragraph:3(1)"]);
    expect(ids(paragraphReferencedBy(graph, "2(1)"))).toEqual(["paragraph:2(2)", "paragraph:3(1)"]);
  });

  it("groups term usages by article", () => {
    expect(termUsages(graph, "thing").map(({ article, places }) => [article.number, ids(places)])).toEqual([
      [2, ["article:2"]],
      [3, ["paragraph:3(1)"]],
    ]);
  });

  it("counts a sub-paragraph as within its paragraph and article, not the reverse", () => {
    expect(provisionWithin("2(1)(a)", "2(1)")).toBe(true);
    expect(provisionWithin("2(1)", "2")).toBe(true);
    expect(provisionWithin("2", "2(1)")).toBe(false);
    expect(provisionWithin("2(1)", "2(10)")).toBe(false);
    expect(ids(annotationsFor(graph, "2"))).toEqual(["on-2-1", "on-2"]);
    expect(ids(annotationsFor(graph, "2", ["states"]))).toEqual(["on-2"]);
  });

  it("gathers a stakeholder's annotations from everyone below it", () => {
    expect(ids(annotationsBy(graph, "ngos")).sort()).toEqual(["on-2-1", "on-3-1", "on-treaty"]);
    expect(ids(annotationsBy(graph, "ngo-a-person"))).toEqual(["on-2-1"]);
  });

  it("treats the preamble as treaty-wide, the same way everywhere", () => {
    expect(ids(treatyWideAnnotations(graph))).toEqual(["on-treaty", "on-preamble"]);
    expect(graph.annotations.filter(isTreatyWide).length).toBe(2);
    const matrix = stanceMatrix(graph);
    expect(matrix.get("states")?.get(2)).toEqual({ concern: 0, support: 1, mixed: 0, context: 0 });
    expect([...(matrix.get("states")?.keys() ?? [])]).toEqual([2]);
  });

  it("answers topic and source questions", () => {
    expect(topicArticles(graph, "beta").map((a) => a.number)).toEqual([2]);
    expect(ids(topicAnnotations(graph, "alpha"))).toEqual(["on-2-1"]);
    expect(ids(sourceAnnotations(graph, "src"))).toEqual(["on-2", "on-2-1", "on-3-1", "on-treaty", "on-preamble"]);
    expect(annotationsByGroup(graph, graph.annotations).map(({ group, annotations }) => [group.id, annotations.length])).toEqual([
      ["states", 2],
      ["ngos", 3],
    ]);
  });
});
