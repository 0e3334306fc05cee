import { beforeAll, describe, expect, it } from "vitest";
import { sourceLines } from "../../lib/compile/source-text";
import { isPosition, positionsOf, reportedAbout } from "../../lib/graph/queries";
import type { AnnotationNode, ClauseGraph, StakeholderNode } from "../../lib/schema/graph";
import { compileRealContent } from "./real-content";

/**
 * Who said it is whoever the source says said it. For every stakeholder, each position it holds
 * must be traceable to its source: the stakeholder (or a named member) is the source's writer or
 * one of the speakers whose words the source publishes, or is named near the annotated line.
 */

let graph: ClauseGraph;
let sources: Map<string, string>;
let byId: Map<string, StakeholderNode>;

beforeAll(() => {
  const result = compileRealContent();
  expect(result.problems).toEqual([]);
  graph = result.graph!;
  sources = result.sources;
  byId = new Map(graph.stakeholders.map((s) => [s.id, s]));
});

/** Lines before and after the annotated one in which a speaker may be named ("…, she said."). */
const BEFORE = 3;
const AFTER = 3;

function lineage(id: string): string[] {
  const out: string[] = [];
  for (let s = byId.get(id); s; s = s.parent ? byId.get(s.parent) : undefined) out.push(s.id);
  return out;
}

function membersOf(id: string): StakeholderNode[] {
  return graph.stakeholders.filter((s) => lineage(s.id).includes(id));
}

/** The names a source may use for a stakeholder: its name, a person's surname, and its aliases. */
function namesOf(stakeholder: StakeholderNode): string[] {
  const surname = stakeholder.kind === "person" ? [stakeholder.name.split(/\s+/u).at(-1)!] : [];
  return [stakeholder.name, ...surname, ...stakeholder.aliases];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** How a position's voice is traced to its source, or undefined when it cannot be. */
function trace(annotation: AnnotationNode): string | undefined {
  const source = graph.sources.find((s) => s.id === annotation.source)!;
  const related = (id: string) => lineage(id).includes(annotation.voice) || lineage(annotation.voice).includes(id);
  if (related(source.writer)) return `writer of ${source.id}`;
  if (source.speakers.some(related)) return `speaker of ${source.id}`;
  const lines = sourceLines(sources.get(source.id)!);
  const from = Math.max(0, annotation.line - 1 - BEFORE);
  const nearby = lines.slice(from, annotation.line + AFTER);
  for (const member of membersOf(annotation.voice)) {
    for (const name of namesOf(member)) {
      const at = nearby.findIndex((line) => new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, "iu").test(line));
      if (at !== -1) return `${source.id}:${from + at + 1} names ${name}`;
    }
  }
  return undefined;
}

describe("who said it", () => {
  it("traces every stakeholder's positions to a source line where it (or a named member) speaks", () => {
    const untraced: string[] = [];
    const listing: string[] = [];
    for (const stakeholder of graph.stakeholders) {
      const own = graph.annotations.filter((a) => isPosition(a) && a.voice === stakeholder.id);
      if (own.length === 0 || stakeholder.kind === "unnamed") continue;
      listing.push(`${stakeholder.id}: ${own.length} positions`);
      for (const annotation of own) {
        const how = trace(annotation);
        if (how) listing.push(`  ${annotation.id} ← ${how}`);
        else untraced.push(`${stakeholder.id}: ${annotation.id} (${annotation.source}:${annotation.line})`);
      }
    }
    expect(untraced, listing.join("\n")).toEqual([]);
    expect(listing.length).toBeGreaterThan(100);
  });

  it("keeps unnamed voices out of every named group", () => {
    const unnamed = graph.annotations.filter((a) => byId.get(a.voice)?.kind === "unnamed");
    expect(unnamed.length).toBeGreaterThan(0);
    const groups = graph.stakeholders.filter(
      (s) => s.parent === undefined && s.kind !== "unnamed" && !graph.stakeholders.some((m) => m.group === s.id && m.kind === "unnamed"),
    );
    for (const group of groups) {
      const ids = new Set(positionsOf(graph, group.id).map((a) => a.id));
      for (const annotation of unnamed) expect(ids.has(annotation.id), `${annotation.id} counted for ${group.id}`).toBe(false);
    }
  });

  it("never counts a reported action as the actor's own position", () => {
    const reported = graph.annotations.filter((a) => a.kind === "reported");
    expect(reported.length).toBeGreaterThan(0);
    for (const annotation of reported) {
      expect(annotation.actor, annotation.id).toBeDefined();
      expect(annotation.stance, annotation.id).toBeUndefined();
      expect(positionsOf(graph, annotation.actor!).map((a) => a.id)).not.toContain(annotation.id);
      expect(reportedAbout(graph, annotation.actor!).map((a) => a.id)).toContain(annotation.id);
    }
  });
});
