import type { z } from "zod";
import type { annotationEntry } from "../schema/content";
import type { ProblemKind } from "./problems";

type AnnotationEntry = z.infer<typeof annotationEntry>;

/** A problem with one field of an annotation entry. */
export interface VoiceProblem {
  field: "voice" | "actor" | "stance" | "kind";
  kind: ProblemKind;
  message: string;
}

/**
 * Checks who an annotation speaks for: the voice (and a reported action's actor) must be known
 * stakeholders; only positions carry a stance; only reported actions, and all of them, name an actor.
 */
export function checkAnnotationVoice(entry: AnnotationEntry, isStakeholder: (id: string) => boolean): VoiceProblem[] {
  const problems: VoiceProblem[] = [];
  if (!isStakeholder(entry.voice)) problems.push({ field: "voice", kind: "unknown-stakeholder", message: `no stakeholder "${entry.voice}"` });
  if (entry.actor !== undefined && !isStakeholder(entry.actor))
    problems.push({ field: "actor", kind: "unknown-stakeholder", message: `no stakeholder "${entry.actor}"` });
  if (entry.kind === "position" && entry.stance === undefined) {
    problems.push({ field: "kind", kind: "stance-mismatch", message: "a position needs a stance (concern, support, mixed or context)" });
  }
  if (entry.kind !== "position" && entry.stance !== undefined) {
    problems.push({ field: "stance", kind: "stance-mismatch", message: `a ${entry.kind} annotation has no stance: only positions do` });
  }
  if (entry.kind === "reported" && entry.actor === undefined) {
    problems.push({ field: "kind", kind: "actor-mismatch", message: "a reported action needs an actor: the stakeholder who acted" });
  }
  if (entry.kind !== "reported" && entry.actor !== undefined) {
    problems.push({ field: "actor", kind: "actor-mismatch", message: `a ${entry.kind} annotation has no actor: only reported actions do` });
  }
  return problems;
}
