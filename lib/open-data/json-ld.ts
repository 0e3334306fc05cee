import { citedTitle, provisionLabel } from "../cite/styles";
import { href } from "../graph/hrefs";
import { parsePinpoint } from "../pinpoint";
import type { ArticleNode, ClauseGraph, ParagraphNode } from "../schema/graph";
import type { ToUrl } from "./build";

type Treaty = ClauseGraph["treaty"];

/** A schema.org `Legislation` node (https://schema.org/Legislation), as much of it as we fill. */
export interface LegislationJsonLd {
  "@context"?: "https://schema.org";
  "@type": "Legislation";
  name: string;
  alternateName?: string;
  legislationIdentifier: string;
  legislationType: string;
  legislationJurisdiction: string;
  legislationDate: string;
  inLanguage: string;
  url: string;
  sameAs?: string[];
  isPartOf?: LegislationJsonLd;
}

/** Properties every node shares: the Convention is an international treaty adopted on one date. */
function common(treaty: Treaty) {
  return {
    "@type": "Legislation",
    legislationType: "treaty",
    legislationJurisdiction: "international",
    legislationDate: treaty.adopted,
    inLanguage: "en",
  } as const;
}

function convention(treaty: Treaty, url: ToUrl): LegislationJsonLd {
  return {
    ...common(treaty),
    name: citedTitle(treaty),
    alternateName: treaty.shortTitle,
    legislationIdentifier: treaty.documentSymbol,
    url: url(href.home()),
    sameAs: treaty.officialText.map((link) => link.url),
  };
}

/** The Convention itself, for the home page. */
export function conventionJsonLd(treaty: Treaty, url: ToUrl): LegislationJsonLd {
  return { "@context": "https://schema.org", ...convention(treaty, url) };
}

function articleNode(treaty: Treaty, article: ArticleNode, url: ToUrl): LegislationJsonLd {
  return {
    ...common(treaty),
    name: `Article ${article.number}. ${article.title}`,
    legislationIdentifier: `${treaty.shortTitle}, ${provisionLabel({ article: article.number })}`,
    url: url(href.article(article.number)),
    isPartOf: convention(treaty, url),
  };
}

/** A paragraph node, part of its parent paragraph in the graph, or of the article. */
function paragraphNode(treaty: Treaty, article: ArticleNode, paragraph: ParagraphNode, url: ToUrl): LegislationJsonLd {
  const pin = parsePinpoint(paragraph.pin);
  if (!pin) throw new Error(`"${paragraph.pin}" is not a pinpoint`);
  const parent = paragraph.parent === null ? undefined : article.paragraphs.find((p) => p.pin === paragraph.parent);
  return {
    ...common(treaty),
    name: `Article ${paragraph.pin}${paragraph.label ? `: ${paragraph.label}` : ""} (${article.title})`,
    legislationIdentifier: `${treaty.shortTitle}, ${provisionLabel(pin)}`,
    url: url(href.pinpointPage(pin)),
    isPartOf: parent ? paragraphNode(treaty, article, parent, url) : articleNode(treaty, article, url),
  };
}

/** An article page: the article, part of the Convention. */
export function articleJsonLd(treaty: Treaty, article: ArticleNode, url: ToUrl): LegislationJsonLd {
  return { "@context": "https://schema.org", ...articleNode(treaty, article, url) };
}

/** A pinpoint page: the paragraph or item, part of the one above it, up to the article and the Convention. */
export function pinpointJsonLd(treaty: Treaty, article: ArticleNode, paragraph: ParagraphNode, url: ToUrl): LegislationJsonLd {
  return { "@context": "https://schema.org", ...paragraphNode(treaty, article, paragraph, url) };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript line
 * separators are escaped so no content can close the script element. Same input, same bytes.
 */
export function serializeJsonLd(data: LegislationJsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
