import type { SourceNode } from "../../schema/graph";
import { sourceLines } from "../source-text";
import type { LinkContext } from "./context";

/** How many lines a source text has; any line is accepted where the text is absent. */
export function sourceLineCount(ctx: LinkContext, sourceId: string): number {
  const text = ctx.sources?.get(sourceId);
  return text === undefined ? Infinity : sourceLines(text).length;
}

/**
 * Stage "sources": each source file must have its text in ../shared/sources (when that folder is
 * present), its writer and speakers must be stakeholders, and the lines it skips must exist in
 * that text. Returns the sources' graph nodes.
 */
export function linkSources(ctx: LinkContext): SourceNode[] {
  for (const { path, data, source } of ctx.content.sources) {
    if (ctx.sources && !ctx.sources.has(data.id)) {
      ctx.problems.add(path, source.positionOf(["id"]), "unknown-source", `no ../shared/sources/${data.id}.md to check against`);
    }
    if (ctx.content.stakeholders) {
      const known = new Set(ctx.content.stakeholders.data.map((entry) => entry.id));
      if (!known.has(data.writer)) ctx.problems.add(path, source.positionOf(["writer"]), "unknown-stakeholder", `no stakeholder "${data.writer}"`);
      data.speakers.forEach((speaker, index) => {
        if (!known.has(speaker)) ctx.problems.add(path, source.positionOf(["speakers", index]), "unknown-stakeholder", `no stakeholder "${speaker}"`);
      });
    }
    const count = sourceLineCount(ctx, data.id);
    data.skipped.forEach((skip, index) => {
      if (skip.line > count)
        ctx.problems.add(path, source.positionOf(["skipped", index, "line"]), "line-out-of-range", `the source has ${count} lines, not ${skip.line}`);
    });
  }
  return ctx.content.sources.map(({ data }) => ({
    id: data.id,
    title: data.title,
    outlet: data.outlet,
    author: data.author,
    published: data.published,
    approximate: data.approximate,
    kind: data.kind,
    writer: data.writer,
    speakers: data.speakers,
    datingNote: data.datingNote,
  }));
}
