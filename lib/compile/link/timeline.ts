import { datePrecision, isSlug } from "../../schema/fields";
import type { TimelineNode } from "../../schema/graph";
import type { IndexedContext } from "./context";

/**
 * Stage "timeline": an event's source that looks like a source id must be one, and its
 * provisions must exist. Returns the events in date order, each with its date's precision, and
 * pending steps (no date yet) last.
 */
export function linkTimeline(ctx: Pick<IndexedContext, "content" | "problems" | "resolver">): TimelineNode[] {
  const file = ctx.content.timeline;
  if (!file) return [];
  const sourceIds = new Set(ctx.content.sources.map((source) => source.data.id));
  const events = file.data.map((event, index) => {
    event.sources.forEach((source, i) => {
      // A hyphenated slug is a source id; anything else ("UN press release") is a description.
      if (isSlug(source) && source.includes("-") && !sourceIds.has(source)) {
        ctx.problems.add(file.path, file.source.positionOf([index, "sources", i]), "unknown-source", `no source "${source}"`);
      }
    });
    event.provisions.forEach((provision, i) => {
      if (!ctx.resolver.exists(provision))
        ctx.problems.add(file.path, file.source.positionOf([index, "provisions", i]), "unknown-provision", `no provision ${provision} in content/`);
    });
    return { ...event, precision: event.date === undefined ? undefined : datePrecision(event.date) };
  });
  // Dated events in date order; pending steps, which have no date, last.
  return events.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
}
