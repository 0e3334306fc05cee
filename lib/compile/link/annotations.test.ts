import { describe, expect, it } from "vitest";
import type { AnnotationNode } from "../../schema/graph";
import { inSourceOrder, linkAnnotations } from "./annotations";
import { linkStakeholders } from "./stakeholders";
import { BASE_FILES, edgeLines, indexedContext, problemLines } from "./testing";

const SOURCE = ["id: example-report", "title: R", "outlet: O", "author: A", 'published: "2024"', "kind: summary", "writer: reporter"].join("\n");
const TEXT = "Headline\nDoe says four years is far too low.\nA second claim.\n";
const STAKEHOLDERS = [
  "- { id: critics, name: C, kind: group }",
  "- { id: jane-doe, name: J, kind: person, parent: critics }",
  "- { id: press, name: P, kind: group }",
  "- { id: reporter, name: R, kind: person, parent: press }",
].join("\n");

function run(entries: string[], options: { stakeholders?: boolean } = {}) {
  const ctx = indexedContext(
    {
      ...BASE_FILES,
      "sources/example-report.yaml": SOURCE,
      "annotations/example-report.yaml": entries.join("\n"),
      ...(options.stakeholders === false ? {} : { "stakeholders.yaml": STAKEHOLDERS }),
    },
    { "example-report": TEXT },
  );
  ctx.edges.length = 0;
  const nodes = linkAnnotations(ctx, linkStakeholders(ctx));
  return { nodes, edges: edgeLines(ctx), problems: problemLines(ctx) };
}

const entry = (id: string, line: number, extra: string[] = []) => [
  `- id: ${id}`,
  `  line: ${line}`,
  "  voice: jane-doe",
  "  kind: position",
  '  provisions: ["1(a)", "treaty"]',
  "  stance: concern",
  "  paraphrase: Doe finds the threshold low.",
  ...extra,
];

describe("linkAnnotations", () => {
  it("builds the node with its group, inherited topics and text note, and its edges in order", () => {
    const { nodes, edges, problems } = run(entry("doe-threshold", 2, ['  quote: "four years is far too low"', "  textNote: Compare article 2."]));
    expect(problems).toEqual([]);
    expect(nodes).toEqual([
      {
        id: "doe-threshold",
        source: "example-report",
        line: 2,
        order: 1,
        kind: "position",
        voice: "jane-doe",
        voiceGroup: "critics",
        actor: undefined,
        actorGroup: undefined,
        provisions: ["1(a)", "treaty"],
        stance: "concern",
        paraphrase: "Doe finds the threshold low.",
        quote: "four years is far too low",
        textNote: { html: '<p>Compare <a href="/articles/2" class="ref" data-ref="2">article 2</a>.</p>', text: "Compare article 2." },
        topics: ["scope"],
      },
    ]);
    expect(edges).toEqual([
      "references annotation:doe-threshold -> article:2",
      "annotates annotation:doe-threshold -> paragraph:1(a)",
      "annotates annotation:doe-threshold -> treaty",
      "voice annotation:doe-threshold -> stakeholder:jane-doe",
      "cites annotation:doe-threshold -> source:example-report",
    ]);
  });

  it("reports each problem at its field and leaves the entry out", () => {
    const bad = [
      "- id: doe-threshold",
      "  line: 9",
      "  voice: nobody",
      "  kind: position",
      '  provisions: ["7"]',
      "  stance: concern",
      "  paraphrase: P.",
      "  quote: not in the text",
      "  topics: [nope]",
      '  textNote: "![a map](/map.png)"',
    ];
    const { nodes, problems } = run([...entry("doe-threshold", 2), ...bad]);
    expect(nodes.map((node) => node.id)).toEqual(["doe-threshold"]);
    expect(problems).toEqual([
      'content/annotations/example-report.yaml:8:7 duplicate-id: annotation id "doe-threshold" is used twice',
      'content/annotations/example-report.yaml:10:10 unknown-stakeholder: no stakeholder "nobody"',
      "content/annotations/example-report.yaml:12:16 unknown-provision: no provision 7 in content/",
      'content/annotations/example-report.yaml:16:12 unknown-topic: no topic "nope"',
      "content/annotations/example-report.yaml:9:9 line-out-of-range: the source has 3 lines, not 9",
      "content/annotations/example-report.yaml:15:10 quote-not-found: the quote is not verbatim in ../shared/sources/example-report.md",
      "content/annotations/example-report.yaml:17:13 image-not-allowed: images are not allowed in digests",
    ]);
  });

  it("reports an annotations file with no source file, and checks no stakeholder without stakeholders.yaml", () => {
    const ctx = indexedContext({ ...BASE_FILES, "annotations/lost.yaml": entry("a", 1).join("\n") });
    expect(linkAnnotations(ctx, [])).toEqual([]);
    expect(problemLines(ctx)).toEqual(["content/annotations/lost.yaml:1:1 unknown-source: no sources/lost.yaml for this annotations file"]);
    const { nodes, problems } = run(entry("a", 1), { stakeholders: false });
    expect(nodes).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("who an annotation speaks for", () => {
  it("records a reported action's actor and its writer as the voice, with no stance", () => {
    const reported = [
      "- id: doe-signed",
      "  line: 2",
      "  voice: reporter",
      "  kind: reported",
      "  actor: jane-doe",
      "  provisions: [treaty]",
      "  paraphrase: The report says Doe signed.",
    ];
    const { nodes, edges, problems } = run(reported);
    expect(problems).toEqual([]);
    expect(nodes.map(({ kind, voice, voiceGroup, actor, actorGroup, stance }) => ({ kind, voice, voiceGroup, actor, actorGroup, stance }))).toEqual([
      { kind: "reported", voice: "reporter", voiceGroup: "press", actor: "jane-doe", actorGroup: "critics", stance: undefined },
    ]);
    expect(edges).toContain("actor annotation:doe-signed -> stakeholder:jane-doe");
    expect(edges).toContain("voice annotation:doe-signed -> stakeholder:reporter");
  });

  it("refuses a stance outside positions and an actor outside reported actions", () => {
    const wrong = [
      "- id: doe-bg",
      "  line: 2",
      "  voice: reporter",
      "  kind: background",
      "  actor: jane-doe",
      "  stance: concern",
      "  provisions: [treaty]",
      "  paraphrase: P.",
    ];
    const { nodes, problems } = run(wrong);
    expect(nodes).toEqual([]);
    expect(problems).toEqual([
      "content/annotations/example-report.yaml:6:11 stance-mismatch: a background annotation has no stance: only positions do",
      "content/annotations/example-report.yaml:5:10 actor-mismatch: a background annotation has no actor: only reported actions do",
    ]);
  });
});

describe("inSourceOrder", () => {
  it("sorts by source then line, numbering each source's claims from 1", () => {
    const node = (source: string, line: number, id: string): AnnotationNode => ({
      id,
      source,
      line,
      order: 0,
      kind: "position",
      voice: "s",
      voiceGroup: "g",
      provisions: ["treaty"],
      stance: "context",
      paraphrase: "P.",
      topics: [],
    });
    const sorted = inSourceOrder([node("b", 5, "b5"), node("a", 3, "a3"), node("b", 1, "b1"), node("a", 3, "a3-second")]);
    expect(sorted.map(({ id, order }) => `${id}#${order}`)).toEqual(["a3#1", "a3-second#2", "b1#1", "b5#2"]);
  });
});
