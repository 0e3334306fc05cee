import { lineageSitePaths } from "../lineage/site-paths";
import type { ClauseGraph } from "../schema/graph";
import { href, openDataHref } from "./hrefs";

/** Every page of the site, for the sitemap and the link crawl. */
export function sitePaths(graph: ClauseGraph): string[] {
  return [
    href.home(),
    href.chapters(),
    href.preamble(),
    href.terms(),
    href.topics(),
    href.stakeholders(),
    href.sources(),
    href.timeline(),
    href.about(),
    href.search(),
    openDataHref.page(),
    ...graph.chapters.map((c) => href.chapter(c.numeral)),
    ...graph.articles.flatMap((a) => [href.article(a.number), ...a.paragraphs.map((p) => href.pinpointPage(p.pin))]),
    ...graph.terms.map((t) => href.term(t.slug)),
    ...graph.topics.map((t) => href.topic(t.slug)),
    ...graph.stakeholders.filter((s) => s.parent === undefined).map((s) => href.stakeholder(s)),
    ...graph.sources.map((s) => href.source(s.id)),
    ...lineageSitePaths(graph),
  ];
}
