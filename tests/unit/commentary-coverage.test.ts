import { beforeAll, describe, expect, it } from "vitest";
import { sourceLines, quoteAppearsIn } from "../../lib/compile/source-text";
import { MAX_QUOTE_WORDS } from "../../lib/schema/content";
import type { ClauseGraph } from "../../lib/schema/graph";
import { parseYamlSource } from "../../lib/compile/yaml-source";
import { ProblemList } from "../../lib/compile/problems";
import { compileRealContent } from "./real-content";

let graph: ClauseGraph;
let sources: Map<string, string>;
let files: Map<string, string>;

beforeAll(() => {
  const result = compileRealContent();
  expect(result.problems).toEqual([]);
  graph = result.graph!;
  sources = result.sources;
  files = result.files;
});

function skippedLines(id: string): Map<number, string> {
  const source = parseYamlSource(`content/sources/${id}.yaml`, files.get(`content/sources/${id}.yaml`)!, new ProblemList());
  const skipped = (source?.document.toJS().skipped ?? []) as Array<{ line: number; reason: string }>;
  return new Map(skipped.map((s) => [s.line, s.reason]));
}

describe("commentary coverage report", () => {
  it("has a source record for each of the five shared source texts", () => {
    expect(graph.sources.map((s) => s.id).sort()).toEqual([...sources.keys()].sort());
  });

  it("annotates every source line that makes a claim, or records why not", () => {
    const report: string[] = [];
    for (const [id, text] of sources) {
      const lines = sourceLines(text);
      const annotated = new Set(graph.annotations.filter((a) => a.source === id).map((a) => a.line));
      const skipped = skippedLines(id);
      const uncovered = lines.map((_, i) => i + 1).filter((line) => !annotated.has(line) && !skipped.has(line));
      report.push(`${id}: ${lines.length} lines, ${annotated.size} annotated, ${skipped.size} skipped, ${uncovered.length} uncovered`);
      expect(uncovered, `${id}: lines with neither an annotation nor a reason`).toEqual([]);
      for (const line of skipped.keys()) expect(annotated.has(line), `${id}:${line} is both skipped and annotated`).toBe(false);
    }
    console.log(`coverage report\n${report.join("\n")}`);
  });

  it("quotes only words that appear verbatim in the source, at most 40 of them", () => {
    const quoted = graph.annotations.filter((a) => a.quote !== undefined);
    expect(quoted.length).toBeGreaterThan(10);
    for (const annotation of quoted) {
      expect(quoteAppearsIn(annotation.quote!, sources.get(annotation.source)!), annotation.id).toBe(true);
      expect(annotation.quote!.split(/\s+/u).length, annotation.id).toBeLessThanOrEqual(MAX_QUOTE_WORDS);
    }
  });

  it("puts each quote on the source line the annotation points at", () => {
    for (const annotation of graph.annotations.filter((a) => a.quote !== undefined)) {
      const line = sourceLines(sources.get(annotation.source)!)[annotation.line - 1]!;
      expect(quoteAppearsIn(annotation.quote!, line), `${annotation.id} (line ${annotation.line})`).toBe(true);
    }
  });

  it("attributes every annotation to a stakeholder in a lens group, with a stance and our own paraphrase", () => {
    const groups = new Set(graph.stakeholders.filter((s) => s.parent === undefined).map((s) => s.id));
    for (const annotation of graph.annotations) {
      expect(groups, annotation.id).toContain(annotation.voiceGroup);
      const source = sources.get(annotation.source)!;
      // A paraphrase is ours: no run of ten source words copied into it.
      const words = annotation.paraphrase.split(/\s+/u);
      for (let i = 0; i + 10 <= words.length; i++)
        expect(quoteAppearsIn(words.slice(i, i + 10).join(" "), source), `${annotation.id}: "${words.slice(i, i + 10).join(" ")}"`).toBe(false);
    }
  });

  it("adds a neutral 'what the text says' note to the no-ability-to-decline claim, pointing at article 40", () => {
    const claim = graph.annotations.find((a) => /no (ability|way) (to|of) (decline|refus)/i.test(a.paraphrase));
    expect(claim?.textNote?.html).toMatch(/href="\/articles\/40/);
  });
});
