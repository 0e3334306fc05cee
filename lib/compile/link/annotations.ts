import { unified } from "unified";
import { VFile } from "vfile";
import { articleOfNodeId, nodeId, provisionNodeId } from "../../graph/ids";
import { parseMarkdown } from "../../markdown/parse";
import { remarkNestingLimit } from "../../markdown/remark-nesting-limit";
import { remarkNoDirectives } from "../../markdown/remark-no-directives";
import { remarkSafeMarkdown } from "../../markdown/remark-safe-markdown";
import type { AnnotationNode, StakeholderNode } from "../../schema/graph";
import type { LoadedContent } from "../load";
import { collectMessages } from "../messages";
import type { ProblemKind } from "../problems";
import { quoteAppearsIn } from "../source-text";
import { checkAnnotationVoice } from "../annotation-voice";
import type { IndexedContext, LinkContext } from "./context";
import { renderSegment } from "./render-segment";
import { sourceLineCount } from "./sources";

type AnnotationsFile = LoadedContent["annotations"][number];
type AnnotationEntry = AnnotationsFile["data"][number];

/** What each entry is checked against. */
interface Known {
  stakeholders: ReadonlyMap<string, StakeholderNode>;
  /** Annotation ids seen so far, across all files. */
  ids: Set<string>;
}

/** The source text an annotations file points into (absent without ../shared/sources). */
interface SourceText {
  text: string | undefined;
  lineCount: number;
}

/**
 * Stage "annotations": checks every entry against the stakeholders, the provisions, the topics
 * and its source text, and builds the nodes of the entries that pass, numbered in source order.
 */
export function linkAnnotations(ctx: IndexedContext, stakeholders: readonly StakeholderNode[]): AnnotationNode[] {
  const known: Known = { stakeholders: new Map(stakeholders.map((node) => [node.id, node])), ids: new Set() };
  const sourceIds = new Set(ctx.content.sources.map((source) => source.data.id));
  const annotations: AnnotationNode[] = [];
  for (const file of ctx.content.annotations) {
    if (!sourceIds.has(file.sourceId)) {
      ctx.problems.add(file.path, undefined, "unknown-source", `no sources/${file.sourceId}.yaml for this annotations file`);
      continue;
    }
    const source: SourceText = { text: ctx.sources?.get(file.sourceId), lineCount: sourceLineCount(ctx, file.sourceId) };
    file.data.forEach((entry, index) => {
      const ok = checkAnnotation(ctx, { file, entry, index }, known, source);
      known.ids.add(entry.id);
      const voice = known.stakeholders.get(entry.voice);
      const actor = entry.actor === undefined ? undefined : known.stakeholders.get(entry.actor);
      if (ok && voice) annotations.push(annotationNode(ctx, file, entry, { voice, actor }));
    });
  }
  return inSourceOrder(annotations);
}

/** Reports everything wrong with one entry; true when nothing is. */
function checkAnnotation(
  ctx: IndexedContext,
  place: { file: AnnotationsFile; entry: AnnotationEntry; index: number },
  known: Known,
  source: SourceText,
): boolean {
  const { file, entry, index } = place;
  const problemsBefore = ctx.problems.items.length;
  const at = (...keys: PropertyKey[]) => file.source.positionOf([index, ...keys]);
  const report = (keys: PropertyKey[], kind: ProblemKind, message: string) => ctx.problems.add(file.path, at(...keys), kind, message);
  if (known.ids.has(entry.id)) report(["id"], "duplicate-id", `annotation id "${entry.id}" is used twice`);
  // Without stakeholders.yaml there is nothing to check the voice and actor against.
  if (ctx.content.stakeholders) {
    for (const problem of checkAnnotationVoice(entry, (id) => known.stakeholders.has(id))) report([problem.field], problem.kind, problem.message);
  }
  entry.provisions.forEach((provision, i) => {
    if (!ctx.resolver.exists(provision)) report(["provisions", i], "unknown-provision", `no provision ${provision} in content/`);
  });
  entry.topics.forEach((topic, i) => {
    if (!ctx.provisions.topics.has(topic)) report(["topics", i], "unknown-topic", `no topic "${topic}"`);
  });
  if (entry.line > source.lineCount) report(["line"], "line-out-of-range", `the source has ${source.lineCount} lines, not ${entry.line}`);
  if (entry.quote !== undefined && source.text !== undefined && !quoteAppearsIn(entry.quote, source.text)) {
    report(["quote"], "quote-not-found", `the quote is not verbatim in ../shared/sources/${file.sourceId}.md`);
  }
  if (entry.textNote !== undefined) checkInlineMarkdown(ctx, file.path, at("textNote"), entry.textNote);
  return ctx.problems.items.length === problemsBefore;
}

/** Markdown held in a YAML string (a textNote) gets the same safety checks as Markdown files, reported at its field. */
export function checkInlineMarkdown(ctx: Pick<LinkContext, "problems">, path: string, position: { line: number; column: number }, markdown: string): void {
  const file = new VFile({ path });
  unified().use(remarkNestingLimit).use(remarkSafeMarkdown).use(remarkNoDirectives).runSync(parseMarkdown(markdown), file);
  collectMessages(path, file, ctx.problems, position);
}

/** Whose view an annotation is and, for a reported action, who acted. */
interface Voices {
  voice: StakeholderNode;
  actor: StakeholderNode | undefined;
}

/** The node of an entry that passed its checks, with its edges; `order` is set by inSourceOrder. */
function annotationNode(ctx: IndexedContext, file: AnnotationsFile, entry: AnnotationEntry, { voice, actor }: Voices): AnnotationNode {
  const id = nodeId.annotation(entry.id);
  const textNote = entry.textNote
    ? renderSegment(ctx, { path: file.path, children: parseMarkdown(entry.textNote).children, from: id, idPrefix: `t-${entry.id}` })
    : undefined;
  for (const provision of entry.provisions) ctx.edges.push({ kind: "annotates", from: id, to: provisionNodeId(provision) });
  ctx.edges.push({ kind: "voice", from: id, to: nodeId.stakeholder(voice.id) });
  if (actor) ctx.edges.push({ kind: "actor", from: id, to: nodeId.stakeholder(actor.id) });
  ctx.edges.push({ kind: "cites", from: id, to: nodeId.source(file.sourceId) });
  // An annotation inherits the topics of the articles it is about.
  const articleTopics = entry.provisions.flatMap((provision) => {
    const article = articleOfNodeId(provisionNodeId(provision));
    return article === undefined ? [] : (ctx.provisions.articles.get(article)?.data.topics ?? []);
  });
  return {
    id: entry.id,
    source: file.sourceId,
    line: entry.line,
    order: 0,
    kind: entry.kind,
    voice: voice.id,
    voiceGroup: voice.group,
    actor: actor?.id,
    actorGroup: actor?.group,
    provisions: entry.provisions,
    stance: entry.stance,
    paraphrase: entry.paraphrase,
    quote: entry.quote,
    textNote,
    topics: [...new Set([...entry.topics, ...articleTopics])],
  };
}

/** Sorts by source, then by line within it, and numbers each source's claims from 1. */
export function inSourceOrder(annotations: readonly AnnotationNode[]): AnnotationNode[] {
  const counts = new Map<string, number>();
  return [...annotations]
    .sort((a, b) => a.source.localeCompare(b.source) || a.line - b.line)
    .map((annotation) => {
      const order = (counts.get(annotation.source) ?? 0) + 1;
      counts.set(annotation.source, order);
      return { ...annotation, order };
    });
}
