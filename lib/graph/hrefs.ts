import { formatPinpoint, parsePinpoint, pinpointAnchor, type Pinpoint } from "../pinpoint";

/** The download formats of a citation: BibLaTeX, RIS and CSL-JSON. */
export const CITATION_FORMATS = ["bib", "ris", "json"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The published JSON files under /data/ that have a JSON Schema. */
export const DATA_SCHEMA_NAMES = ["graph", "article", "annotations", "stakeholders"] as const;
export type DataSchemaName = (typeof DATA_SCHEMA_NAMES)[number];

function toPinpoint(pin: Pinpoint | string): Pinpoint {
  const parsed = typeof pin === "string" ? parsePinpoint(pin) : pin;
  if (!parsed) throw new Error(`"${String(pin)}" is not a pinpoint`);
  return parsed;
}

/**
 * The site's URL scheme: the only module that writes or reads page paths. These paths are
 * promises to readers who cite and bookmark them; never change one once published.
 */

function pinSegments(pin: Pinpoint): string[] {
  const out: string[] = [];
  if (pin.paragraph !== undefined) out.push(String(pin.paragraph));
  if (pin.letter !== undefined) out.push(pin.letter);
  if (pin.roman !== undefined) out.push(pin.roman);
  return out;
}

/** The id of the official text's heading on an article or preamble page. */
export const OFFICIAL_HEADING = "official-heading";

/** The anchor of a provision in the official text, beside the digest's own (`p4` → `official-p4`). */
export function officialAnchor(digestAnchor: string): string {
  return `official-${digestAnchor}`;
}

export const href = {
  home: () => "/",
  about: (section?: string) => (section ? `/about#${section}` : "/about"),
  preamble: () => "/preamble",
  timeline: (eventId?: string) => (eventId ? `/timeline#${eventId}` : "/timeline"),
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : "/search"),
  /** `/articles/28`, with an optional anchor or query (`#commentary-heading`, `?lens=industry`). */
  article: (n: number, options: { anchor?: string; lens?: string } = {}) =>
    `/articles/${n}${options.lens ? `?lens=${encodeURIComponent(options.lens)}` : ""}${options.anchor ? `#${options.anchor}` : ""}`,
  /** Where a link to a pinpoint goes: the article page at the paragraph's anchor (`/articles/28#p4`). */
  pinpoint: (pin: Pinpoint | string) => {
    const parsed = toPinpoint(pin);
    const anchor = pinpointAnchor(parsed);
    return `/articles/${parsed.article}${anchor ? `#${anchor}` : ""}`;
  },
  /**
   * Where a provision's official wording is shown, when a deployer imported it: its article page
   * at the official text's anchor (`/articles/28#official-p4`; an article's own text, before its
   * first paragraph, at the official text's heading). The preamble's recitals: `/preamble#official-heading`.
   */
  officialText: (pin: Pinpoint | string | "preamble") => {
    if (pin === "preamble") return `/preamble#${OFFICIAL_HEADING}`;
    const parsed = toPinpoint(pin);
    const anchor = pinpointAnchor(parsed);
    return `/articles/${parsed.article}#${anchor ? officialAnchor(anchor) : OFFICIAL_HEADING}`;
  },
  /** The pinpoint's own shareable page: `/articles/28/4`, `/articles/2/h`, `/articles/11/1/a/ii`. */
  pinpointPage: (pin: Pinpoint | string) => {
    const parsed = toPinpoint(pin);
    return ["/articles", String(parsed.article), ...pinSegments(parsed)].join("/");
  },
  chapters: () => "/chapters",
  chapter: (numeral: string) => `/chapters/${numeral.toLowerCase()}`,
  terms: () => "/terms",
  term: (slug: string) => `/terms/${slug}`,
  topics: () => "/topics",
  topic: (slug: string) => `/topics/${slug}`,
  stakeholders: () => "/stakeholders",
  /** Groups have their own page; organisations and people are sections of their group's page. */
  stakeholder: (s: { id: string; group: string; parent?: string }, anchor?: string) =>
    s.parent === undefined ? `/stakeholders/${s.id}${anchor ? `#${anchor}` : ""}` : `/stakeholders/${s.group}#${s.id}`,
  sources: () => "/sources",
  source: (id: string, annotationId?: string) => `/sources/${id}${annotationId ? `#${annotationId}` : ""}`,
  /** `/lineage`: every UN article's counterparts in the Budapest Convention, UNTOC and UNCAC. */
  lineage: (anchor?: string) => (anchor ? `/lineage#${anchor}` : "/lineage"),
  /** `/lineage/budapest`: one earlier treaty's articles, each with the UN articles mapped to it. */
  lineageTreaty: (treaty: string) => `/lineage/${treaty}`,
  /** `/lineage/budapest/19`: one article of an earlier treaty. */
  lineageArticle: (treaty: string, n: number) => `/lineage/${treaty}/${n}`,
} as const;

/**
 * The open-data addresses: the /data page, its JSON files and schemas, the citation files and
 * the feed. Kept out of `href` because `href` ships to the browser with the search dialog and
 * these are only used at build time; a separate export is left out of client bundles.
 */
export const openDataHref = {
  /** A citation file of an article or pinpoint: `/cite/articles/28.bib`, `/cite/articles/28-4.ris`, `/cite/articles/11-1-a-ii.json`. */
  citation: (pin: Pinpoint | string, format: CitationFormat) => {
    const parsed = toPinpoint(pin);
    return `/cite/articles/${[String(parsed.article), ...pinSegments(parsed)].join("-")}.${format}`;
  },
  /** The open-data page and its files: `/data`, `/data/graph.json`, `/data/articles/28.json`… */
  page: (section?: string) => (section ? `/data#${section}` : "/data"),
  graph: () => "/data/graph.json",
  article: (n: number) => `/data/articles/${n}.json`,
  annotations: () => "/data/annotations.json",
  stakeholders: () => "/data/stakeholders.json",
  schema: (name: DataSchemaName) => `/data/schema/${name}.schema.json`,
  /** The Atom feed of the timeline and of content changes; with an entry, that entry's id (`/feed.xml#change-<commit>`). */
  feed: (entry?: string) => (entry ? `/feed.xml#${entry}` : "/feed.xml"),
} as const;

/** The last segment of a path: what a `[file]` route segment receives. */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Parses the segments of a pinpoint page path (`["1", "a", "ii"]` under article 11). */
export function pinpointFromPathSegments(article: number, segments: readonly string[]): Pinpoint | undefined {
  if (segments.length === 0) return { article };
  const [first, ...rest] = segments;
  const text = /^\d+$/.test(first ?? "") ? `${article}(${first})${rest.map((s) => `(${s})`).join("")}` : `${article}${segments.map((s) => `(${s})`).join("")}`;
  return parsePinpoint(text);
}

/** Canonical pinpoint text of a pinpoint page path's segments, or undefined. */
export function pinFromPath(article: number, segments: readonly string[]): string | undefined {
  const pin = pinpointFromPathSegments(article, segments);
  return pin ? formatPinpoint(pin) : undefined;
}

/**
 * The site page a link leads to (path and query), or undefined when it leaves the site, stays on
 * this page (`#p4`), or names a file (`/data/graph.json`, `/cite/articles/28.bib`, `/feed.xml`):
 * only pages can be prefetched for a client-side navigation.
 */
export function sitePageOf(link: string, here: string): string | undefined {
  const current = new URL(here);
  const target = new URL(link, current);
  if (target.origin !== current.origin) return undefined;
  if (target.pathname === current.pathname && target.search === current.search) return undefined;
  if (/\.[a-z0-9]+$/i.test(target.pathname)) return undefined;
  return target.pathname + target.search;
}
