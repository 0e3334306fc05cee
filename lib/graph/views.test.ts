import { describe, expect, it } from "vitest";
import { testGraph } from "./test-graph";
import { annotationView, articleView, matrixView, stakeholderView, tableOfContents } from "./views";

const graph = testGraph();

describe("view models", () => {
  it("resolves an annotation's voice, group, writer, source and provision links", () => {
    const view = annotationView(graph, graph.annotations[0]!);
    expect(view.voice?.href).toBe("/stakeholders/ngos#ngo-a-person");
    expect(view.voiceGroup?.id).toBe("ngos");
    expect(view.writer?.id).toBe("reporter");
    expect(view.actor).toBeUndefined();
    const signed = annotationView(
      graph,
      graph.annotations.find((a) => a.id === "state-a-signed")!,
    );
    expect([signed.voice?.id, signed.actor?.id, signed.actor?.href]).toEqual(["reporter", "state-a", "/stakeholders/states#state-a"]);
    expect(view.source?.href).toBe("/sources/src#on-2-1");
    expect(view.provisions).toEqual([{ provision: "2(1)", label: "art. 2(1)", href: "/articles/2#p1" }]);
    const wide = annotationView(graph, graph.annotations[3]!);
    expect(wide.provisions).toEqual([{ provision: "treaty", label: "the treaty as a whole", href: "/" }]);
  });

  it("gives the article page its commentary by place and its lens options", () => {
    const view = articleView(graph, 2)!;
    expect(view.chapter?.numeral).toBe("I");
    expect(view.topics.map((t) => t.slug)).toEqual(["alpha", "beta"]);
    expect(view.articleLevel.map((v) => v.annotation.id)).toEqual(["on-2", "state-a-signed"]);
    expect(view.byParagraph.get("2(1)")?.map((v) => v.annotation.id)).toEqual(["on-2-1"]);
    expect(view.byParagraph.get("2(2)")).toEqual([]);
    expect(view.lens).toEqual([
      { id: "states", name: "Name states", count: 1 },
      { id: "ngos", name: "Name ngos", count: 1 },
    ]);
    expect(articleView(graph, 42)).toBeUndefined();
  });

  it("builds a group's page with members, treaty-wide commentary and commentary by article", () => {
    const view = stakeholderView(graph, "ngos")!;
    expect(view.members.map((m) => [m.stakeholder.id, m.positionCount, m.members.map((c) => c.stakeholder.id)])).toEqual([["ngo-a", 3, ["ngo-a-person"]]]);
    expect(view.reportedActions).toEqual([]);
    expect(view.treatyWide.map((v) => v.annotation.id)).toEqual(["on-treaty"]);
    expect(view.byArticle.map((a) => [a.number, a.annotations.length])).toEqual([
      [2, 1],
      [3, 1],
    ]);
    expect(view.lensHref).toBe("/articles/2?lens=ngos");
    expect(stakeholderView(graph, "ngo-a")).toBeUndefined();
  });

  it("shows a reported action on the actor's page as reported, not among its positions", () => {
    const states = stakeholderView(graph, "states")!;
    expect(states.reportedActions.map((v) => [v.annotation.id, v.voice?.id])).toEqual([["state-a-signed", "reporter"]]);
    expect(states.byArticle.flatMap((a) => a.annotations.map((v) => v.annotation.id))).toEqual(["on-2"]);
    const media = stakeholderView(graph, "media")!;
    expect(media.positionCount).toBe(0);
    expect(media.accounts.map((v) => v.annotation.id)).toEqual(["state-a-signed", "history"]);
  });

  it("counts the preamble in the matrix's treaty-wide column as the stakeholder page does", () => {
    const matrix = matrixView(graph);
    expect(matrix.articles).toEqual([2, 3]);
    expect(matrix.rows.map((row) => [row.group.id, row.treatyWide])).toEqual([
      ["states", 1],
      ["ngos", 1],
      ["unnamed", 0],
    ]);
    expect(stakeholderView(graph, "states")!.treatyWide.length).toBe(1);
  });

  it("lists the contents with titles", () => {
    expect(tableOfContents(graph)[0]!.articles).toEqual([
      { number: 1, title: "Title 1" },
      { number: 2, title: "Title 2" },
    ]);
  });
});
