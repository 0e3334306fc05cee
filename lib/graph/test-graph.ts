import type { AnnotationNode, ArticleNode, ClauseGraph, ParagraphNode, StakeholderNode } from "../schema/graph";

/** A tiny clause graph for unit tests of the queries: two chapters, three articles, a few annotations. */

const empty = { html: "", text: "" };

function paragraph(pin: string, article: number, anchor: string, parent: string | null = null): ParagraphNode {
  return { pin, article, anchor, path: "", parent, depth: parent ? 2 : 1, verified: true, basis: { kind: "authentic-text", source: "a test text" }, ...empty };
}

function article(number: number, chapter: ArticleNode["chapter"], topics: string[], paragraphs: ParagraphNode[]): ArticleNode {
  return {
    number,
    title: `Title ${number}`,
    chapter,
    summary: `Summary ${number}`,
    topics,
    confidence: "high",
    basis: { kind: "authentic-text", source: "a test text" },
    digest: empty,
    paragraphs,
  };
}

function stakeholder(id: string, parent?: string, group = parent ?? id): StakeholderNode {
  return { id, name: `Name ${id}`, kind: parent ? "organisation" : "group", parent, group, aliases: [] };
}

function annotation(
  id: string,
  voice: string,
  voiceGroup: string,
  provisions: string[],
  stance: AnnotationNode["stance"],
  extra: Partial<AnnotationNode> = {},
): AnnotationNode {
  return {
    id,
    source: "src",
    line: 1,
    order: 0,
    kind: stance ? "position" : "background",
    voice,
    voiceGroup,
    provisions,
    stance,
    paraphrase: id,
    topics: [],
    ...extra,
  };
}

export function testGraph(): ClauseGraph {
  return {
    treaty: {
      title: "Test treaty",
      shortTitle: "Test",
      adopted: "2024",
      resolution: "1/1",
      documentSymbol: "A/1",
      officialText: [{ label: "UN", url: "https://example.org" }],
      signature: { opened: "2025", place: "Here", closes: "2026" },
      status: { signatories: 1, checked: "2025", checkedWith: "x" },
      entryIntoForce: "later",
      summary: "s",
    },
    preamble: { title: "Preamble", summary: "p", ...empty },
    about: { title: "About", summary: "a", ...empty },
    chapters: [
      { numeral: "I", title: "One", summary: "c1", slug: "i", articles: [1, 2] },
      { numeral: "II", title: "Two", summary: "c2", slug: "ii", articles: [3] },
    ],
    articles: [
      article(1, "I", ["alpha"], []),
      article(2, "I", ["alpha", "beta"], [paragraph("2(1)", 2, "p1"), paragraph("2(1)(a)", 2, "p1-a", "2(1)"), paragraph("2(2)", 2, "p2")]),
      article(3, "II", [], [paragraph("3(1)", 3, "p1")]),
    ],
    terms: [{ slug: "thing", term: "thing", aliases: [], plurals: [], definedAt: "2(1)", tip: "t", ...empty }],
    topics: [
      { slug: "alpha", title: "Alpha", summary: "a", ...empty },
      { slug: "beta", title: "Beta", summary: "b", ...empty },
    ],
    stakeholders: [
      stakeholder("states"),
      stakeholder("state-a", "states"),
      stakeholder("ngos"),
      stakeholder("ngo-a", "ngos"),
      stakeholder("ngo-a-person", "ngo-a", "ngos"),
      stakeholder("media"),
      { ...stakeholder("reporter", "media"), kind: "person" },
      stakeholder("unnamed"),
      { ...stakeholder("critics", "unnamed"), kind: "unnamed" },
    ],
    sources: [
      {
        id: "src",
        title: "Source",
        outlet: "Outlet",
        author: "Author",
        published: "2025",
        approximate: false,
        kind: "news-report",
        writer: "reporter",
        speakers: [],
      },
    ],
    annotations: [
      annotation("on-2-1", "ngo-a-person", "ngos", ["2(1)"], "concern", { topics: ["alpha"], order: 2 }),
      annotation("on-2", "state-a", "states", ["2"], "support", { order: 1 }),
      annotation("on-3-1", "ngo-a", "ngos", ["3(1)"], "mixed", { order: 3 }),
      annotation("on-treaty", "ngo-a", "ngos", ["treaty"], "concern", { order: 4 }),
      annotation("on-preamble", "state-a", "states", ["preamble"], "context", { order: 5 }),
      // The reporter says state-a signed: a reported action about state-a, voiced by the reporter.
      annotation("state-a-signed", "reporter", "media", ["2"], undefined, { kind: "reported", actor: "state-a", actorGroup: "states", order: 6 }),
      annotation("history", "reporter", "media", ["treaty"], undefined, { order: 7 }),
      annotation("critics-worry", "critics", "unnamed", ["3(1)"], "concern", { order: 8 }),
    ],
    timeline: [],
    lineage: { treaties: [], mappings: [] },
    edges: [
      { kind: "references", from: "paragraph:3(1)", to: "paragraph:2(1)" },
      { kind: "references", from: "paragraph:2(2)", to: "paragraph:2(1)" },
      { kind: "references", from: "article:2", to: "article:3" },
      { kind: "uses", from: "paragraph:3(1)", to: "term:thing" },
      { kind: "uses", from: "article:2", to: "term:thing" },
    ],
  };
}
