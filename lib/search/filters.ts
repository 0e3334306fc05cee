/**
 * Filters over ranked results: by kind and by stakeholder group, the counts the filter buttons
 * show, the group choices, and the one call (rank, filter, limit) most callers need.
 */
import { nodeId } from "../graph/ids";
import type { SearchEngine } from "./engine";
import { SEARCH_KINDS, type SearchKindName } from "./kinds";
import { rankRecords } from "./rank";
import type { SearchResult } from "./results";

export interface SearchOptions {
  kinds?: readonly SearchKindName[];
  /** Top-level stakeholder groups; records without a group are left out when set. */
  groups?: readonly string[];
  /** Default 50, at most 1000. */
  limit?: number;
  /** Characters of snippet; default 180. */
  snippetLength?: number;
}

/** Keeps the results of the given kinds and stakeholder groups (an empty list keeps all). */
export function filterResults(results: readonly SearchResult[], options: Pick<SearchOptions, "kinds" | "groups">): SearchResult[] {
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : undefined;
  const groups = options.groups && options.groups.length > 0 ? new Set(options.groups) : undefined;
  return results.filter((r) => (!kinds || kinds.has(r.record.kind)) && (!groups || (r.record.group !== undefined && groups.has(r.record.group))));
}

/** Ranks, filters and limits: the one call most callers need. */
export function searchRecords(engine: SearchEngine, query: unknown, options: SearchOptions = {}): SearchResult[] {
  const limit = Math.max(0, Math.min(options.limit ?? 50, 1000));
  return filterResults(rankRecords(engine, query, options.snippetLength), options).slice(0, limit);
}

/** The kinds the index holds any record of, in the filters' order (official text only in a build that imported it). */
export function kindsInIndex(engine: SearchEngine): SearchKindName[] {
  const present = new Set(engine.records.map((record) => record.kind));
  return SEARCH_KINDS.filter((kind) => present.has(kind));
}

/** How many results there are of each kind. */
export function countByKind(results: readonly SearchResult[]): Record<SearchKindName, number> {
  const counts: Record<SearchKindName, number> = { provision: 0, official: 0, term: 0, commentary: 0, stakeholder: 0, topic: 0, source: 0 };
  for (const r of results) counts[r.record.kind]++;
  return counts;
}

/** The top-level stakeholder groups, in index order, for the group filter. */
export function stakeholderGroups(engine: SearchEngine): Array<{ id: string; name: string }> {
  const groups: Array<{ id: string; name: string }> = [];
  for (const r of engine.records) {
    if (r.kind === "stakeholder" && r.group !== undefined && r.id === nodeId.stakeholder(r.group)) groups.push({ id: r.group, name: r.title });
  }
  return groups;
}
