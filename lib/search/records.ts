import { z } from "zod";
import type { ClauseGraph } from "../schema/graph";
import { SEARCH_KINDS } from "./kinds";
import { lineageSearchRecords } from "./lineage-records";

export const searchKind = z.enum(SEARCH_KINDS);

/** One search hit target: a paragraph, article, term, annotation, stakeholder, topic or source. */
export const searchRecord = z.object({
  id: z.string(),
  kind: searchKind,
  /** Pinpoint or short label shown before the title ("28(4)", "Term"). */
  pin: z.string(),
  title: z.string(),
  /** Defined terms, aliases and other exact names that should rank first. */
  names: z.array(z.string()),
  text: z.string(),
  href: z.string(),
  /** Top-level stakeholder group, for commentary and stakeholder records. */
  group: z.string().optional(),
});

export type SearchRecord = z.infer<typeof searchRecord>;
export type SearchKind = z.infer<typeof searchKind>;

/** Builds the records the search index is made from, one per addressable thing. */
export function buildSearchRecords(graph: ClauseGraph): SearchRecord[] {
  const records: SearchRecord[] = [];
  const termsAt = new Map<string, string[]>();
  for (const term of graph.terms) {
    if (term.definedAt) termsAt.set(term.definedAt, [...(termsAt.get(term.definedAt) ?? []), term.term, ...term.aliases, ...term.plurals]);
  }
  for (const article of graph.articles) {
    records.push({
      id: `article:${article.number}`,
      kind: "provision",
      pin: `Art. ${article.number}`,
      title: article.title,
      names: [article.title],
      text: `${article.summary} ${article.digest.text}`,
      href: `/articles/${article.number}`,
    });
    for (const paragraph of article.paragraphs) {
      records.push({
        id: `paragraph:${paragraph.pin}`,
        kind: "provision",
        pin: paragraph.pin,
        title: paragraph.label ? `${article.title}: ${paragraph.label}` : article.title,
        names: [...(paragraph.label ? [paragraph.label] : []), ...(termsAt.get(paragraph.pin) ?? [])],
        text: paragraph.text,
        href: `/articles/${article.number}#${paragraph.anchor}`,
      });
    }
  }
  for (const term of graph.terms) {
    records.push({
      id: `term:${term.slug}`,
      kind: "term",
      pin: term.definedAt ?? "Term",
      title: term.term,
      names: [term.term, ...term.aliases, ...term.plurals],
      text: term.text,
      href: `/terms/${term.slug}`,
    });
  }
  const stakeholderName = new Map(graph.stakeholders.map((s) => [s.id, s.name]));
  for (const annotation of graph.annotations) {
    records.push({
      id: `annotation:${annotation.id}`,
      kind: "commentary",
      pin: annotation.provisions.join(", "),
      title: stakeholderName.get(annotation.voice) ?? annotation.voice,
      names: [stakeholderName.get(annotation.voice) ?? "", ...(annotation.actor ? [stakeholderName.get(annotation.actor) ?? ""] : [])],
      text: [annotation.paraphrase, annotation.quote ?? ""].join(" ").trim(),
      href: `/sources/${annotation.source}#${annotation.id}`,
      group: annotation.voiceGroup,
    });
  }
  for (const stakeholder of graph.stakeholders) {
    records.push({
      id: `stakeholder:${stakeholder.id}`,
      kind: "stakeholder",
      pin: "Stakeholder",
      title: stakeholder.name,
      names: [stakeholder.name],
      text: [stakeholder.role ?? "", stakeholder.position ?? ""].join(" ").trim(),
      href: stakeholder.parent ? `/stakeholders/${stakeholder.group}#${stakeholder.id}` : `/stakeholders/${stakeholder.id}`,
      group: stakeholder.group,
    });
  }
  for (const topic of graph.topics) {
    records.push({ id: `topic:${topic.slug}`, kind: "topic", pin: "Key issue", title: topic.title, names: [topic.title], text: `${topic.summary} ${topic.text}`, href: `/topics/${topic.slug}` });
  }
  for (const source of graph.sources) {
    records.push({ id: `source:${source.id}`, kind: "source", pin: "Source", title: source.title, names: [source.outlet, source.author], text: source.datingNote ?? "", href: `/sources/${source.id}` });
  }
  records.push(...lineageSearchRecords(graph));
  return records;
}
