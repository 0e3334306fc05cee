import { articleBasis, paragraphBasis } from "../../graph/basis";
import { href } from "../../graph/hrefs";
import { nodeId } from "../../graph/ids";
import type { ParagraphBlock } from "../../markdown/remark-paragraph-blocks";
import { formatPinpoint, parentPinpoint, parsePinpoint, pinpointAnchor, pinpointDepth } from "../../pinpoint";
import type { ArticleNode, ParagraphNode } from "../../schema/graph";
import type { LoadedArticle } from "../load";
import type { IndexedBlock, IndexedContext, LinkContext, ProvisionIndex } from "./context";
import { renderSegment } from "./render-segment";

/**
 * Stage "articles", first half: checks each article against chapters, topics and the other
 * articles, and each paragraph block against its parent and the article's confidence, and
 * indexes what exists for the later stages.
 */
export function indexProvisions(ctx: LinkContext): ProvisionIndex {
  const { content } = ctx;
  const index = {
    chapters: new Set((content.chapters?.data ?? []).map((chapter) => chapter.numeral)),
    articles: new Map<number, LoadedArticle>(),
    paragraphs: new Map<string, IndexedBlock>(),
    topics: new Set(content.topics.map((topic) => topic.slug)),
  };
  for (const article of [...content.articles].sort((a, b) => a.data.number - b.data.number)) {
    const first = index.articles.get(article.data.number);
    if (first) {
      ctx.problems.add(article.path, article.source.positionOf(["number"]), "duplicate-article", `article ${article.data.number} is also in ${first.path}`);
      continue;
    }
    index.articles.set(article.data.number, article);
    checkArticleFields(ctx, article, index);
    for (const block of article.blocks) indexBlock(ctx, article, block, index.paragraphs);
  }
  return index;
}

function checkArticleFields(ctx: LinkContext, article: LoadedArticle, index: Pick<ProvisionIndex, "chapters" | "topics">): void {
  const { data, source, path } = article;
  if (ctx.content.chapters && !index.chapters.has(data.chapter)) {
    ctx.problems.add(path, source.positionOf(["chapter"]), "unknown-chapter", `chapter ${data.chapter} is not in chapters.yaml`);
  }
  data.topics.forEach((topic, i) => {
    if (!index.topics.has(topic)) ctx.problems.add(path, source.positionOf(["topics", i]), "unknown-topic", `no topic "${topic}"`);
  });
  // High and medium articles name the text they rest on; low ones rest on recollection alone.
  if ((data.confidence === "low") !== (data.basisSource === undefined)) {
    const where = source.positionOf([data.basisSource === undefined ? "confidence" : "basisSource"]);
    const message =
      data.confidence === "low"
        ? `article ${data.number} is low confidence, so it names no basisSource`
        : `article ${data.number} is ${data.confidence} confidence: name its basisSource`;
    ctx.problems.add(path, where, "basis-source-mismatch", message);
  }
}

function indexBlock(ctx: LinkContext, article: LoadedArticle, block: ParagraphBlock, paragraphs: Map<string, IndexedBlock>): void {
  const { path, data } = article;
  const where = block.position?.start;
  if (paragraphs.has(block.pin)) {
    ctx.problems.add(path, where, "duplicate-paragraph", `paragraph ${block.pin} has two blocks`);
    return;
  }
  const pin = parsePinpoint(block.pin)!;
  const parent = parentPinpoint(pin);
  if (parent && pinpointDepth(parent) > 0 && !paragraphs.has(formatPinpoint(parent))) {
    ctx.problems.add(path, where, "missing-parent-paragraph", `paragraph ${block.pin} comes before (or without) its parent ${formatPinpoint(parent)}`);
  }
  if (data.confidence !== "high" && block.verified) {
    ctx.problems.add(
      path,
      where,
      "unverified-required",
      `article ${data.number} is ${data.confidence} confidence, so paragraph ${block.pin} must say verified="false"`,
    );
  }
  paragraphs.set(block.pin, { pin, block });
}

/** Stage "articles", second half: renders every indexed article and its paragraphs, with their edges. */
export function linkArticles(ctx: IndexedContext): ArticleNode[] {
  return [...ctx.provisions.articles.values()].map((article) => articleNode(ctx, article));
}

function articleNode(ctx: IndexedContext, article: LoadedArticle): ArticleNode {
  const { data, path } = article;
  const from = nodeId.article(data.number);
  ctx.edges.push({ kind: "contains", from: nodeId.chapter(data.chapter), to: from });
  for (const topic of data.topics) ctx.edges.push({ kind: "tagged", from, to: nodeId.topic(topic) });
  const digest = renderSegment(ctx, { path, children: article.tree.children, from, where: { article: data.number }, idPrefix: `t${data.number}` });
  // A block that failed its checks (a second block for one pinpoint) is left out.
  const paragraphs = article.blocks.flatMap((block) => {
    const indexed = ctx.provisions.paragraphs.get(block.pin);
    return indexed?.block === block ? [paragraphNode(ctx, article, indexed)] : [];
  });
  return {
    number: data.number,
    title: data.title,
    chapter: data.chapter,
    summary: data.summary,
    topics: data.topics,
    confidence: data.confidence,
    basisSource: data.basisSource,
    basis: articleBasis(data.confidence, data.basisSource),
    digest,
    paragraphs,
  };
}

function paragraphNode(ctx: IndexedContext, article: LoadedArticle, { pin, block }: IndexedBlock): ParagraphNode {
  const { data, path } = article;
  const parent = parentPinpoint(pin);
  const parentPin = parent && pinpointDepth(parent) > 0 ? formatPinpoint(parent) : null;
  const id = nodeId.paragraph(block.pin);
  ctx.edges.push({ kind: "contains", from: parentPin ? nodeId.paragraph(parentPin) : nodeId.article(data.number), to: id });
  const anchor = pinpointAnchor(pin)!;
  const rendered = renderSegment(ctx, {
    path,
    children: block.children,
    from: id,
    where: { article: data.number, paragraph: pin },
    idPrefix: `t${data.number}-${anchor}`,
    excludeTerms: ctx.terms.definedAt.get(block.pin),
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
    basis: paragraphBasis(articleBasis(data.confidence, data.basisSource), block.verified),
    ...rendered,
  };
}
