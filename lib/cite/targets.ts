import { CITATION_FORMATS, fileNameOf, openDataHref, type CitationFormat } from "../graph/hrefs";
import type { ClauseGraph } from "../schema/graph";

/** A citation file the site publishes: which provision, which format, and its file name. */
export interface CitationTarget {
  pin: string;
  format: CitationFormat;
  file: string;
}

/** Every article and every paragraph in every citation format, in treaty order. */
export function citationTargets(graph: ClauseGraph): CitationTarget[] {
  const pins = graph.articles.flatMap((article) => [String(article.number), ...article.paragraphs.map((p) => p.pin)]);
  return pins.flatMap((pin) => CITATION_FORMATS.map((format) => ({ pin, format, file: fileNameOf(openDataHref.citation(pin, format)) })));
}
