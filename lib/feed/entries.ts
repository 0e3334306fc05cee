import { dayMonthYear } from "../cite/dates";
import { href, openDataHref } from "../graph/hrefs";
import { provisionNodeId } from "../graph/ids";
import { describeNode, getArticle, getSource } from "../graph/queries";
import type { ToUrl } from "../open-data/build";
import type { ClauseGraph, TimelineNode } from "../schema/graph";
import { SITE_NAME } from "../site";
import type { AtomEntry, AtomFeed } from "./atom";
import { escapeXml } from "./atom";
import type { ContentChange, ContentCommit, ContentHistory } from "./history";

/** A partial date (`2024`, `2024-07`, `2024-07-29`) as the RFC 3339 instant it starts at. */
export function partialDateToRfc3339(date: string): string {
  const [year, month = "01", day = "01"] = date.split("-");
  return `${year}-${month}-${day}T00:00:00Z`;
}

function linkList(items: Array<{ label: string; url?: string }>): string {
  return items.map((item) => (item.url ? `<a href="${escapeXml(item.url)}">${escapeXml(item.label)}</a>` : escapeXml(item.label))).join(", ");
}

/**
 * One timeline event as a feed entry, dated at the precision the timeline gives; a pending step
 * (no date yet) is dated when the treaty's status was last checked.
 */
export function timelineEntry(graph: ClauseGraph, event: TimelineNode, url: ToUrl): AtomEntry {
  const when =
    event.date === undefined
      ? "Not yet reached"
      : `${dayMonthYear(event.date)}${event.approximate ? " (approximate)" : ""}${event.status === "scheduled" ? " (scheduled)" : ""}`;
  const provisions = event.provisions.map((p) => {
    const link = describeNode(graph, provisionNodeId(p));
    return { label: `art. ${p}`, url: link && url(link.href) };
  });
  // A source is one of ours (linked) or a plain description such as "public record".
  const sources = event.sources.map((id) => {
    const source = getSource(graph, id);
    return source ? { label: source.title, url: url(href.source(id)) } : { label: id };
  });
  const content = [
    `<p>${escapeXml(when)}: ${escapeXml(event.description)}</p>`,
    `<p>Sources: ${linkList(sources)}</p>`,
    ...(provisions.length ? [`<p>See ${linkList(provisions)}</p>`] : []),
  ];
  return {
    id: url(href.timeline(event.id)),
    title: event.title,
    updated: partialDateToRfc3339(event.date ?? graph.treaty.status.checked),
    links: [{ href: url(href.timeline(event.id)), rel: "alternate", type: "text/html" }],
    summary: `${when}: ${event.description}`,
    contentHtml: content.join(""),
    categories: ["timeline"],
  };
}

const VERB: Record<ContentChange["status"], string> = { added: "added", modified: "revised", deleted: "removed" };

/** What a changed content file is to a reader: a label and, while it exists, its page. */
export function describeChange(graph: ClauseGraph, change: ContentChange): { label: string; path?: string } {
  const article = /^content\/articles\/(\d+)\.md$/u.exec(change.path);
  const annotations = /^content\/annotations\/([a-z0-9-]+)\.ya?ml$/u.exec(change.path);
  const live = change.status !== "deleted";
  if (article) {
    const found = getArticle(graph, Number(article[1]));
    return {
      label: `Digest of article ${article[1]}${found ? ` (${found.title})` : ""} ${VERB[change.status]}`,
      path: live && found ? href.article(found.number) : undefined,
    };
  }
  if (annotations?.[1]) {
    const source = getSource(graph, annotations[1]);
    return {
      label: `Annotations from ${source ? `“${source.title}”` : annotations[1]} ${VERB[change.status]}`,
      path: live && source ? href.source(source.id) : undefined,
    };
  }
  if (change.path === "content/preamble.md") return { label: `Digest of the preamble ${VERB[change.status]}`, path: live ? href.preamble() : undefined };
  return { label: `${change.path} ${VERB[change.status]}` };
}

/** A title that says what a commit changed: "Digests of 3 articles and annotations from 2 sources updated". */
function changeTitle(changes: readonly ContentChange[]): string {
  const count = (pattern: RegExp) => changes.filter((c) => pattern.test(c.path)).length;
  const articles = count(/^content\/articles\//u);
  const sources = count(/^content\/annotations\//u);
  const parts = [
    articles === 1 ? "the digest of 1 article" : articles > 1 ? `the digests of ${articles} articles` : "",
    changes.some((c) => c.path === "content/preamble.md") ? "the preamble" : "",
    sources === 1 ? "annotations from 1 source" : sources > 1 ? `annotations from ${sources} sources` : "",
  ].filter(Boolean);
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "content");
  return `Updated: ${text}`;
}

/** One content commit as a feed entry: its date and what changed, each item linked. */
export function changeEntry(graph: ClauseGraph, commit: ContentCommit, url: ToUrl): AtomEntry {
  const described = commit.changes.map((change) => describeChange(graph, change));
  const first = described.find((d) => d.path !== undefined)?.path ?? href.home();
  const items = described.map((d) => `<li>${d.path ? `<a href="${escapeXml(url(d.path))}">${escapeXml(d.label)}</a>` : escapeXml(d.label)}</li>`);
  return {
    id: url(openDataHref.feed(`change-${commit.commit}`)),
    title: changeTitle(commit.changes),
    updated: commit.date,
    links: [{ href: url(first), rel: "alternate", type: "text/html" }],
    summary: described.map((d) => d.label).join("; "),
    contentHtml: `<ul>${items.join("")}</ul>`,
    categories: ["content-change"],
  };
}

/** The whole feed: every timeline event and every reported content change, newest first. */
export function feedDocument(graph: ClauseGraph, history: ContentHistory, url: ToUrl): AtomFeed {
  const entries = [...graph.timeline.map((event) => timelineEntry(graph, event, url)), ...history.commits.map((commit) => changeEntry(graph, commit, url))];
  const time = (entry: AtomEntry) => Date.parse(entry.updated);
  entries.sort((a, b) => time(b) - time(a));
  return {
    id: url(openDataHref.feed()),
    title: `${SITE_NAME}: ${graph.treaty.shortTitle}, timeline and changes`,
    subtitle: `The ${graph.treaty.shortTitle}'s path to entry into force, and changes to our digests and annotations.${history.available ? "" : " Content changes are not listed in this build: no repository history was available."}`,
    updated: entries[0]?.updated ?? partialDateToRfc3339(graph.treaty.adopted),
    author: SITE_NAME,
    links: [
      { href: url(openDataHref.feed()), rel: "self", type: "application/atom+xml" },
      { href: url(href.timeline()), rel: "alternate", type: "text/html" },
    ],
    entries,
  };
}
