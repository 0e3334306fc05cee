import type { Root, RootContent } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { parseMarkdown } from "../markdown/parse";
import { plainText, renderHtml } from "../markdown/render";
import { remarkNoDirectives } from "../markdown/remark-no-directives";
import { remarkReferences } from "../markdown/remark-references";
import { remarkNestingLimit } from "../markdown/remark-nesting-limit";
import { remarkSafeMarkdown } from "../markdown/remark-safe-markdown";
import { remarkTerms } from "../markdown/remark-terms";
import { buildTermMatcher, type TermMatcher } from "../markdown/term-matcher";
import { href } from "../graph/hrefs";
import { nodeId, provisionNodeId } from "../graph/ids";
import { formatPinpoint, parentPinpoint, parsePinpoint, pinpointAnchor, pinpointDepth, type Pinpoint } from "../pinpoint";
import { targetKey, type ReferenceContext, type ReferenceTarget } from "../references";
import { datePrecision, isSlug } from "../schema/fields";
import type {
  AnnotationNode,
  ArticleNode,
  ClauseGraph,
  Edge,
  ParagraphNode,
  Rendered,
  StakeholderNode,
  TermNode,
} from "../schema/graph";
import type { LoadedContent } from "./load";
import { collectMessages } from "./messages";
import type { ProblemList } from "./problems";
import { quoteAppearsIn, sourceLines } from "./source-text";

const TIP_LENGTH = 220;

/** The first sentence (or so) of a definition, for the hover/focus tooltip. */
function tipFrom(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  return sentence.length > TIP_LENGTH ? `${sentence.slice(0, TIP_LENGTH - 1).trimEnd()}…` : sentence;
}

interface Linker {
  matcher: TermMatcher;
  tips: Map<string, string>;
  resolve: (target: ReferenceTarget) => string | undefined;
}

/** Renders one piece of prose: links references and terms, records edges, reports what is missing. */
function renderSegment(
  path: string,
  children: RootContent[],
  from: string,
  context: ReferenceContext,
  linker: Linker,
  edges: Edge[],
  problems: ProblemList,
  options: { excludeTerms?: ReadonlySet<string>; idPrefix: string },
): Rendered {
  const tree: Root = { type: "root", children: structuredClone(children) };
  const text = plainText(tree);
  const file = new VFile({ path });
  unified()
    .use(remarkReferences, { context, resolve: linker.resolve })
    .use(remarkTerms, { matcher: linker.matcher, tipOf: (slug) => linker.tips.get(slug) ?? "", exclude: options.excludeTerms, idPrefix: options.idPrefix })
    .runSync(tree, file);
  collectMessages(path, file, problems);
  const seen = new Set<string>();
  for (const target of file.data.references ?? []) {
    const to = target.kind === "chapter" ? nodeId.chapter(target.numeral) : provisionNodeId(targetKey(target));
    if (to !== from && !seen.has(to)) edges.push({ kind: "references", from, to });
    seen.add(to);
  }
  for (const slug of new Set(linker.matcher.find(text).map((match) => match.slug))) {
    if (!options.excludeTerms?.has(slug)) edges.push({ kind: "uses", from, to: nodeId.term(slug) });
  }
  return { html: renderHtml(tree), text };
}

/** Stage 2 and 3: cross-check the loaded files and link them into the clause graph. */
export function linkContent(content: LoadedContent, sources: ReadonlyMap<string, string> | undefined, problems: ProblemList): ClauseGraph | undefined {
  const { treaty, chapters, preamble, about, stakeholders, timeline } = content;
  const edges: Edge[] = [];

  // A required file that failed to load yields no graph, but every other file is still checked,
  // so one run reports all problems. Checks that need the missing file are skipped.
  const chapterNumerals = new Set<string>((chapters?.data ?? []).map((chapter) => chapter.numeral));
  const articleByNumber = new Map<number, (typeof content.articles)[number]>();
  const paragraphs = new Map<string, { pin: Pinpoint; block: (typeof content.articles)[number]["blocks"][number] }>();
  const topicSlugs = new Set(content.topics.map((topic) => topic.slug));
  for (const article of [...content.articles].sort((a, b) => a.data.number - b.data.number)) {
    const { data, source, path } = article;
    if (articleByNumber.has(data.number)) {
      problems.add(path, source.positionOf(["number"]), "duplicate-article", `article ${data.number} is also in ${articleByNumber.get(data.number)!.path}`);
      continue;
    }
    articleByNumber.set(data.number, article);
    if (chapters && !chapterNumerals.has(data.chapter)) problems.add(path, source.positionOf(["chapter"]), "unknown-chapter", `chapter ${data.chapter} is not in chapters.yaml`);
    data.topics.forEach((topic, index) => {
      if (!topicSlugs.has(topic)) problems.add(path, source.positionOf(["topics", index]), "unknown-topic", `no topic "${topic}"`);
    });
    for (const block of article.blocks) {
      const where = block.position?.start;
      if (paragraphs.has(block.pin)) {
        problems.add(path, where, "duplicate-paragraph", `paragraph ${block.pin} has two blocks`);
        continue;
      }
      const pin = parsePinpoint(block.pin)!;
      const parent = parentPinpoint(pin);
      if (parent && pinpointDepth(parent) > 0 && !paragraphs.has(formatPinpoint(parent))) {
        problems.add(path, where, "missing-parent-paragraph", `paragraph ${block.pin} comes before (or without) its parent ${formatPinpoint(parent)}`);
      }
      if (data.confidence !== "high" && block.verified) {
        problems.add(path, where, "unverified-required", `article ${data.number} is ${data.confidence} confidence, so paragraph ${block.pin} must say verified="false"`);
      }
      paragraphs.set(block.pin, { pin, block });
    }
  }

  const resolve = (target: ReferenceTarget): string | undefined => {
    if (target.kind === "chapter") return chapterNumerals.has(target.numeral) ? href.chapter(target.numeral) : undefined;
    const key = formatPinpoint(target.pin);
    if (pinpointDepth(target.pin) === 0) return articleByNumber.has(target.pin.article) ? href.article(target.pin.article) : undefined;
    return paragraphs.has(key) ? href.pinpoint(target.pin) : undefined;
  };
  const provisionExists = (provision: string) =>
    provision === "treaty" || provision === "preamble" || resolve({ kind: "provision", pin: parsePinpoint(provision)! }) !== undefined;

  // Terms: their forms feed the linker; their definitions must point at real paragraphs.
  const termTexts = new Map(content.terms.map((term) => [term.slug, plainText(term.tree)]));
  const tips = new Map([...termTexts].map(([slug, text]) => [slug, tipFrom(text)]));
  const matcher = buildTermMatcher(content.terms.map((term) => ({ slug: term.slug, forms: [term.data.term, ...term.data.aliases, ...term.data.plurals] })));
  const linker: Linker = { matcher, tips, resolve };
  const definedHere = new Map<string, Set<string>>();
  for (const term of content.terms) {
    const at = term.data.definedAt;
    if (at === undefined) continue;
    if (!provisionExists(at)) {
      problems.add(term.path, term.source.positionOf(["definedAt"]), "unknown-term-definition", `definedAt ${at} is not a paragraph in content/`);
      continue;
    }
    definedHere.set(at, new Set([...(definedHere.get(at) ?? []), term.slug]));
    edges.push({ kind: "defines", from: provisionNodeId(at), to: nodeId.term(term.slug) });
  }

  // Articles and paragraphs, rendered with their links.
  const articles: ArticleNode[] = [...articleByNumber.values()].map((article) => {
    const { data, path } = article;
    const from = nodeId.article(data.number);
    edges.push({ kind: "contains", from: nodeId.chapter(data.chapter), to: from });
    for (const topic of data.topics) edges.push({ kind: "tagged", from, to: nodeId.topic(topic) });
    const digest = renderSegment(path, article.tree.children, from, { article: data.number }, linker, edges, problems, { idPrefix: `t${data.number}` });
    const nodes: ParagraphNode[] = article.blocks
      .filter((block) => paragraphs.get(block.pin)?.block === block)
      .map((block) => {
        const pin = parsePinpoint(block.pin)!;
        const parent = parentPinpoint(pin);
        const parentPin = parent && pinpointDepth(parent) > 0 ? formatPinpoint(parent) : null;
        const id = nodeId.paragraph(block.pin);
        edges.push({ kind: "contains", from: parentPin ? nodeId.paragraph(parentPin) : from, to: id });
        const anchor = pinpointAnchor(pin)!;
        const rendered = renderSegment(path, block.children, id, { article: data.number, paragraph: pin }, linker, edges, problems, {
          excludeTerms: definedHere.get(block.pin),
          idPrefix: `t${data.number}-${anchor}`,
        });
        return {
          pin: block.pin,
          article: data.number,
          anchor,
          path: href.pinpointPage(pin),
          parent: parentPin,
          depth: pinpointDepth(pin),
          label: block.label,
          verified: block.verified,
          ...rendered,
        };
      });
    return { number: data.number, title: data.title, chapter: data.chapter, summary: data.summary, topics: data.topics, confidence: data.confidence, digest, paragraphs: nodes };
  });

  const terms: TermNode[] = content.terms.map((term) => ({
    slug: term.slug,
    term: term.data.term,
    aliases: term.data.aliases,
    plurals: term.data.plurals,
    definedAt: term.data.definedAt,
    tip: tips.get(term.slug)!,
    ...renderSegment(term.path, term.tree.children, nodeId.term(term.slug), {}, linker, edges, problems, {
      excludeTerms: new Set([term.slug]),
      idPrefix: `t-${term.slug}`,
    }),
  }));

  const topics = content.topics.map((topic) => ({
    slug: topic.slug,
    title: topic.data.title,
    summary: topic.data.summary,
    ...renderSegment(topic.path, topic.tree.children, nodeId.topic(topic.slug), {}, linker, edges, problems, { idPrefix: `t-${topic.slug}` }),
  }));

  const page = (loaded: NonNullable<LoadedContent["about"]>, id: string) => ({
    title: loaded.data.title,
    summary: loaded.data.summary,
    ...renderSegment(loaded.path, loaded.tree.children, id, {}, linker, edges, problems, { idPrefix: `t-${id}` }),
  });

  const preamblePage = preamble && page(preamble, "preamble");
  const aboutPage = about && page(about, "about");
  const stakeholderNodes = stakeholders ? linkStakeholders(stakeholders, problems) : [];
  const stakeholderById = new Map(stakeholderNodes.map((node) => [node.id, node]));
  const sourceIds = new Set(content.sources.map((source) => source.data.id));

  // Sources: skipped lines must exist in the text, where we have it.
  for (const source of content.sources) {
    const text = sources?.get(source.data.id);
    if (sources && text === undefined) {
      problems.add(source.path, source.source.positionOf(["id"]), "unknown-source", `no ../shared/sources/${source.data.id}.md to check against`);
    }
    const count = text === undefined ? Infinity : sourceLines(text).length;
    source.data.skipped.forEach((skip, index) => {
      if (skip.line > count) problems.add(source.path, source.source.positionOf(["skipped", index, "line"]), "line-out-of-range", `the source has ${count} lines, not ${skip.line}`);
    });
  }

  const annotations: AnnotationNode[] = [];
  const annotationIds = new Set<string>();
  for (const file of content.annotations) {
    if (!sourceIds.has(file.sourceId)) {
      problems.add(file.path, undefined, "unknown-source", `no sources/${file.sourceId}.yaml for this annotations file`);
      continue;
    }
    const text = sources?.get(file.sourceId);
    const lineCount = text === undefined ? Infinity : sourceLines(text).length;
    file.data.forEach((entry, index) => {
      const at = (...keys: PropertyKey[]) => file.source.positionOf([index, ...keys]);
      let ok = true;
      const fail = (...args: Parameters<ProblemList["add"]>) => {
        problems.add(...args);
        ok = false;
      };
      if (annotationIds.has(entry.id)) fail(file.path, at("id"), "duplicate-id", `annotation id "${entry.id}" is used twice`);
      const stakeholder = stakeholderById.get(entry.stakeholder);
      if (!stakeholder && stakeholders) fail(file.path, at("stakeholder"), "unknown-stakeholder", `no stakeholder "${entry.stakeholder}"`);
      entry.provisions.forEach((provision, i) => {
        if (!provisionExists(provision)) fail(file.path, at("provisions", i), "unknown-provision", `no provision ${provision} in content/`);
      });
      entry.topics.forEach((topic, i) => {
        if (!topicSlugs.has(topic)) fail(file.path, at("topics", i), "unknown-topic", `no topic "${topic}"`);
      });
      if (entry.line > lineCount) fail(file.path, at("line"), "line-out-of-range", `the source has ${lineCount} lines, not ${entry.line}`);
      if (entry.quote !== undefined && text !== undefined && !quoteAppearsIn(entry.quote, text)) {
        fail(file.path, at("quote"), "quote-not-found", `the quote is not verbatim in ../shared/sources/${file.sourceId}.md`);
      }
      if (entry.textNote !== undefined && !inlineMarkdownIsSafe(file.path, at("textNote"), entry.textNote, problems)) ok = false;
      annotationIds.add(entry.id);
      if (!ok || !stakeholder) return;
      const id = nodeId.annotation(entry.id);
      const textNote = entry.textNote
        ? renderSegment(file.path, parseMarkdown(entry.textNote).children, id, {}, linker, edges, problems, { idPrefix: `t-${entry.id}` })
        : undefined;
      for (const provision of entry.provisions) edges.push({ kind: "annotates", from: id, to: provisionNodeId(provision) });
      edges.push({ kind: "said-by", from: id, to: nodeId.stakeholder(entry.stakeholder) }, { kind: "cites", from: id, to: nodeId.source(file.sourceId) });
      const fromProvisions = entry.provisions.flatMap((provision) =>
        provision === "treaty" || provision === "preamble" ? [] : (articleByNumber.get(parsePinpoint(provision)!.article)?.data.topics ?? []),
      );
      annotations.push({
        id: entry.id,
        source: file.sourceId,
        line: entry.line,
        order: 0,
        stakeholder: entry.stakeholder,
        group: stakeholder.group,
        provisions: entry.provisions,
        stance: entry.stance,
        paraphrase: entry.paraphrase,
        quote: entry.quote,
        textNote,
        topics: [...new Set([...entry.topics, ...fromProvisions])],
      });
    });
  }
  // Order within each source follows the source itself.
  const bySource = new Map<string, AnnotationNode[]>();
  for (const annotation of annotations) bySource.set(annotation.source, [...(bySource.get(annotation.source) ?? []), annotation]);
  for (const list of bySource.values()) list.sort((a, b) => a.line - b.line).forEach((annotation, index) => (annotation.order = index + 1));

  const timelineNodes = (timeline?.data ?? []).map((event, index) => {
    event.sources.forEach((source, i) => {
      // A hyphenated slug is a source id; anything else ("UN press release") is a description.
      if (isSlug(source) && source.includes("-") && !sourceIds.has(source)) {
        problems.add(timeline!.path, timeline!.source.positionOf([index, "sources", i]), "unknown-source", `no source "${source}"`);
      }
    });
    event.provisions.forEach((provision, i) => {
      if (!provisionExists(provision)) problems.add(timeline!.path, timeline!.source.positionOf([index, "provisions", i]), "unknown-provision", `no provision ${provision} in content/`);
    });
    return { ...event, precision: datePrecision(event.date) };
  });

  const chapterNodes = (chapters?.data ?? []).map((chapter) => {
    edges.push({ kind: "contains", from: "treaty", to: nodeId.chapter(chapter.numeral) });
    return {
      ...chapter,
      slug: chapter.numeral.toLowerCase(),
      articles: articles.filter((article) => article.chapter === chapter.numeral).map((article) => article.number),
    };
  });

  if (!treaty || !chapters || !preamblePage || !aboutPage || !stakeholders || !timeline) return undefined;
  return {
    treaty: treaty.data,
    preamble: preamblePage,
    about: aboutPage,
    chapters: chapterNodes,
    articles,
    terms,
    topics,
    stakeholders: stakeholderNodes,
    sources: content.sources.map(({ data }) => ({
      id: data.id,
      title: data.title,
      outlet: data.outlet,
      author: data.author,
      published: data.published,
      approximate: data.approximate,
      kind: data.kind,
      datingNote: data.datingNote,
    })),
    annotations: annotations.sort((a, b) => a.source.localeCompare(b.source) || a.order - b.order),
    timeline: timelineNodes.sort((a, b) => a.date.localeCompare(b.date)),
    edges,
  };
}

/** Markdown held in a YAML string (a textNote) gets the same safety checks as Markdown files, reported at its field. */
function inlineMarkdownIsSafe(path: string, position: { line: number; column: number }, markdown: string, problems: ProblemList): boolean {
  const file = new VFile({ path });
  unified().use(remarkNestingLimit).use(remarkSafeMarkdown).use(remarkNoDirectives).runSync(parseMarkdown(markdown), file);
  collectMessages(path, file, problems, position);
  return file.messages.length === 0;
}

/** Checks parents and ids, and gives every stakeholder the top-level group it belongs to. */
function linkStakeholders(file: NonNullable<LoadedContent["stakeholders"]>, problems: ProblemList): StakeholderNode[] {
  const byId = new Map<string, (typeof file.data)[number]>();
  file.data.forEach((entry, index) => {
    if (byId.has(entry.id)) problems.add(file.path, file.source.positionOf([index, "id"]), "duplicate-id", `stakeholder id "${entry.id}" is used twice`);
    else byId.set(entry.id, entry);
  });
  const groupOf = (id: string): string | undefined => {
    const seen = new Set<string>();
    let current = byId.get(id);
    while (current?.parent !== undefined) {
      if (seen.has(current.id)) return undefined;
      seen.add(current.id);
      current = byId.get(current.parent);
    }
    return current?.id;
  };
  return file.data.flatMap((entry, index) => {
    if (byId.get(entry.id) !== entry) return [];
    if (entry.parent !== undefined && !byId.has(entry.parent)) {
      problems.add(file.path, file.source.positionOf([index, "parent"]), "unknown-stakeholder", `parent "${entry.parent}" is not a stakeholder`);
      return [];
    }
    const group = groupOf(entry.id);
    if (group === undefined) {
      problems.add(file.path, file.source.positionOf([index, "parent"]), "unknown-stakeholder", `stakeholder "${entry.id}" is its own ancestor`);
      return [];
    }
    return [{ ...entry, group }];
  });
}
