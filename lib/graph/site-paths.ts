import { lineageSitePaths } from "../lineage/site-paths";
import type { ClauseGraph } from "../schema/graph";

/** Every page of the site, for the sitemap and the link crawl. */
export function sitePaths(graph: ClauseGraph): string[] {
  return [
    "/",
    "/chapters",
    "/preamble",
    "/terms",
    "/topics",
    "/stakeholders",
    "/sources",
    "/timeline",
    "/about",
    "/search",
    ...graph.chapters.map((c) => `/chapters/${c.slug}`),
    ...graph.articles.flatMap((a) => [`/articles/${a.number}`, ...a.paragraphs.map((p) => p.path)]),
    ...graph.terms.map((t) => `/terms/${t.slug}`),
    ...graph.topics.map((t) => `/topics/${t.slug}`),
    ...graph.stakeholders.filter((s) => s.parent === undefined).map((s) => `/stakeholders/${s.id}`),
    ...graph.sources.map((s) => `/sources/${s.id}`),
    ...lineageSitePaths(graph),
  ];
}
