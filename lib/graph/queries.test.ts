import { describe, expect, it } from "vitest";
import {
  adjacentChapters,
  annotationsByGroup,
  annotationsFor,
  chapterArticles,
  describeNode,
  getChapter,
  getParagraph,
  isTreatyWide,
  paragraphReferencedBy,
  positionsOf,
  previousAndNext,
  provisionWithin,
  referencedBy,
  referencesFrom,
  reportedAbout,
  sourceAnnotations,
  stanceMatrix,
  termUsages,
  topicAnnotations,
  topicArticles,
  treatyWideAnnotations,
  voicedBy,
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
    expect(ids(annotationsFor(graph, "2"))).toEqual(["on-2-1", "on-2", "state-a-signed"]);
    expect(ids(annotationsFor(graph, "2", ["states"]))).toEqual(["on-2"]);
  });

  it("gathers a stakeholder's positions from everyone below it", () => {
    expect(ids(positionsOf(graph, "ngos")).sort()).toEqual(["on-2-1", "on-3-1", "on-treaty"]);
    expect(ids(positionsOf(graph, "ngo-a-person"))).toEqual(["on-2-1"]);
  });

  it("never counts a reported action as the actor's position", () => {
    expect(ids(positionsOf(graph, "state-a"))).toEqual(["on-2", "on-preamble"]);
    expect(ids(reportedAbout(graph, "states"))).toEqual(["state-a-signed"]);
    expect(ids(positionsOf(graph, "media"))).toEqual([]);
    expect(ids(voicedBy(graph, "media"))).toEqual(["state-a-signed", "history"]);
    expect(stanceMatrix(graph).get("media")).toBeUndefined();
    expect(ids(annotationsFor(graph, "2", ["media"]))).toEqual([]);
  });

  it("never counts unnamed critics as a named group", () => {
    const critics = graph.annotations.find((a) => a.id === "critics-worry")!;
    for (const group of ["states", "ngos", "media"]) {
      expect(ids(positionsOf(graph, group))).not.toContain(critics.id);
      expect(ids(annotationsFor(graph, "3", [group]))).not.toContain(critics.id);
    }
    expect(stanceMatrix(graph).get("unnamed")?.get(3)).toEqual({ concern: 1, support: 0, mixed: 0, context: 0 });
  });

  it("treats the preamble as treaty-wide, the same way everywhere", () => {
    expect(ids(treatyWideAnnotations(graph))).toEqual(["on-treaty", "on-preamble", "history"]);
    expect(graph.annotations.filter(isTreatyWide).length).toBe(3);
    const matrix = stanceMatrix(graph);
    expect(matrix.get("states")?.get(2)).toEqual({ concern: 0, support: 1, mixed: 0, context: 0 });
    expect([...(matrix.get("states")?.keys() ?? [])]).toEqual([2]);
  });

  it("answers topic and source questions", () => {
    expect(topicArticles(graph, "beta").map((a) => a.number)).toEqual([2]);
    expect(ids(topicAnnotations(graph, "alpha"))).toEqual(["on-2-1"]);
    expect(ids(sourceAnnotations(graph, "src"))).toEqual([
      "on-2",
      "on-2-1",
      "on-3-1",
      "on-treaty",
      "on-preamble",
      "state-a-signed",
      "history",
      "critics-worry",
    ]);
    expect(annotationsByGroup(graph, graph.annotations).map(({ group, annotations }) => [group.id, annotations.length])).toEqual([
      ["states", 2],
      ["ngos", 3],
      ["media", 2],
      ["unnamed", 1],
    ]);
  });
});
