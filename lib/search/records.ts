import { href } from "../graph/hrefs";
import { nodeId } from "../graph/ids";
import type { ClauseGraph } from "../schema/graph";
import { lineageSearchRecords } from "./lineage-records";
import type { SearchRecord } from "./record";

export { searchKind, searchRecord, type SearchKind, type SearchRecord } from "./record";

/** The articles and their paragraphs; a paragraph's names include the terms it defines. */
function provisionRecords(graph: ClauseGraph): SearchRecord[] {
  const termsAt = new Map<string, string[]>();
  for (const term of graph.terms) {
    if (term.definedAt) termsAt.set(term.definedAt, [...(termsAt.get(term.definedAt) ?? []), term.term, ...term.aliases, ...term.plurals]);
  }
  return graph.articles.flatMap((article): SearchRecord[] => [
    {
      id: nodeId.article(article.number),
      kind: "provision",
      pin: `Art. ${article.number}`,
      title: article.title,
      names: [article.title],
      text: `${article.summary} ${article.digest.text}`,
      href: href.article(article.number),
      basis: article.basis.kind,
    },
    ...article.paragraphs.map((paragraph): SearchRecord => ({
      id: nodeId.paragraph(paragraph.pin),
      kind: "provision",
      pin: paragraph.pin,
      title: paragraph.label ? `${article.title}: ${paragraph.label}` : article.title,
      names: [...(paragraph.label ? [paragraph.label] : []), ...(termsAt.get(paragraph.pin) ?? [])],
      text: paragraph.text,
      href: href.pinpoint(paragraph.pin),
      basis: paragraph.basis.kind,
    })),
  ]);
}

function termRecords(graph: ClauseGraph): SearchRecord[] {
  return graph.terms.map((term) => ({
    id: nodeId.term(term.slug),
    kind: "term",
    pin: term.definedAt ?? "Term",
    title: term.term,
    names: [term.term, ...term.aliases, ...term.plurals],
    text: term.text,
    href: href.term(term.slug),
  }));
}

/** One record per annotation, titled with its speaker and linked to its place in the source. */
function commentaryRecords(graph: ClauseGraph): SearchRecord[] {
  const stakeholderName = new Map(graph.stakeholders.map((s) => [s.id, s.name]));
  return graph.annotations.map((annotation) => ({
    id: nodeId.annotation(annotation.id),
    kind: "commentary",
    pin: annotation.provisions.join(", "),
    title: stakeholderName.get(annotation.voice) ?? annotation.voice,
    names: [stakeholderName.get(annotation.voice) ?? "", ...(annotation.actor ? [stakeholderName.get(annotation.actor) ?? ""] : [])],
    text: [annotation.paraphrase, annotation.quote ?? ""].join(" ").trim(),
    href: href.source(annotation.source, annotation.id),
    group: annotation.voiceGroup,
  }));
}

function stakeholderRecords(graph: ClauseGraph): SearchRecord[] {
  return graph.stakeholders.map((stakeholder) => ({
    id: nodeId.stakeholder(stakeholder.id),
    kind: "stakeholder",
    pin: "Stakeholder",
    title: stakeholder.name,
    names: [stakeholder.name],
    text: [stakeholder.role ?? "", stakeholder.position ?? ""].join(" ").trim(),
    href: href.stakeholder(stakeholder),
    group: stakeholder.group,
  }));
}

function topicRecords(graph: ClauseGraph): SearchRecord[] {
  return graph.topics.map((topic) => ({
    id: nodeId.topic(topic.slug),
    kind: "topic",
    pin: "Key issue",
    title: topic.title,
    names: [topic.title],
    text: `${topic.summary} ${topic.text}`,
    href: href.topic(topic.slug),
  }));
}

function sourceRecords(graph: ClauseGraph): SearchRecord[] {
  return graph.sources.map((source) => ({
    id: nodeId.source(source.id),
    kind: "source",
    pin: "Source",
    title: source.title,
    names: [source.outlet, source.author],
    text: source.datingNote ?? "",
    href: href.source(source.id),
  }));
}

/**
 * Builds the records the search index is made from, one per addressable thing, in document
 * order (which settles exact ties in ranking). Ids come from lib/graph/ids.ts, URLs from
 * lib/graph/hrefs.ts.
 */
export function buildSearchRecords(graph: ClauseGraph): SearchRecord[] {
  return [
    ...provisionRecords(graph),
    ...termRecords(graph),
    ...commentaryRecords(graph),
    ...stakeholderRecords(graph),
    ...topicRecords(graph),
    ...sourceRecords(graph),
    ...lineageSearchRecords(graph),
  ];
}
