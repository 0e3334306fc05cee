/** A minimal Atom 1.0 document (RFC 4287), written as text with every value escaped. */

export interface AtomLink {
  href: string;
  rel?: "alternate" | "self" | "related";
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** A permanent IRI for the entry. */
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  links: AtomLink[];
  summary: string;
  /** XHTML-free HTML content, escaped into the document as `type="html"`. */
  contentHtml?: string;
  categories: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu, "").replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);
}

function link(l: AtomLink): string {
  const attributes = [
    `href="${escapeXml(l.href)}"`,
    l.rel && `rel="${l.rel}"`,
    l.type && `type="${escapeXml(l.type)}"`,
    l.title && `title="${escapeXml(l.title)}"`,
  ];
  return `<link ${attributes.filter(Boolean).join(" ")}/>`;
}

function entry(e: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(e.id)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <updated>${escapeXml(e.updated)}</updated>`,
    ...e.links.map((l) => `    ${link(l)}`),
    ...e.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
    `    <summary>${escapeXml(e.summary)}</summary>`,
    ...(e.contentHtml === undefined ? [] : [`    <content type="html">${escapeXml(e.contentHtml)}</content>`]),
    "  </entry>",
  ].join("\n");
}

/** The feed as an XML string, entries in the order given. */
export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
