import type { StakeholderNode } from "../../schema/graph";
import type { LinkContext } from "./context";

type StakeholderEntry = NonNullable<LinkContext["content"]["stakeholders"]>["data"][number];

/** Checks stakeholder ids and parents, and gives every stakeholder the top-level group it belongs to. */
export function linkStakeholders(ctx: LinkContext): StakeholderNode[] {
  const file = ctx.content.stakeholders;
  if (!file) return [];
  const byId = new Map<string, StakeholderEntry>();
  file.data.forEach((entry, index) => {
    if (byId.has(entry.id)) ctx.problems.add(file.path, file.source.positionOf([index, "id"]), "duplicate-id", `stakeholder id "${entry.id}" is used twice`);
    else byId.set(entry.id, entry);
  });
  return file.data.flatMap((entry, index) => {
    if (byId.get(entry.id) !== entry) return [];
    if (entry.parent !== undefined && !byId.has(entry.parent)) {
      ctx.problems.add(file.path, file.source.positionOf([index, "parent"]), "unknown-stakeholder", `parent "${entry.parent}" is not a stakeholder`);
      return [];
    }
    const group = groupOf(entry.id, byId);
    if (group === undefined) {
      ctx.problems.add(file.path, file.source.positionOf([index, "parent"]), "unknown-stakeholder", `stakeholder "${entry.id}" is its own ancestor`);
      return [];
    }
    return [{ ...entry, group }];
  });
}

/** The id at the top of a stakeholder's parent chain; undefined for a cycle. */
function groupOf(id: string, byId: ReadonlyMap<string, StakeholderEntry>): string | undefined {
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current?.parent !== undefined) {
    if (seen.has(current.id)) return undefined;
    seen.add(current.id);
    current = byId.get(current.parent);
  }
  return current?.id;
}
