import type { ClauseGraph } from "../schema/graph";
import type { LoadedContent } from "./load";
import type { ProblemList } from "./problems";
import { linkAnnotations } from "./link/annotations";
import { linkArticles } from "./link/articles";
import { linkChapters } from "./link/chapters";
import { buildIndexes } from "./link/indexes";
import { linkPage, linkTopics } from "./link/pages";
import { linkSources } from "./link/sources";
import { linkStakeholders } from "./link/stakeholders";
import { linkTerms } from "./link/terms";
import { linkTimeline } from "./link/timeline";

/**
 * Stages 2 and 3: cross-check the loaded files and link them into the clause graph. Each stage
 * lives in lib/compile/link/; their order is the order of the graph's edges.
 *
 * A required file that failed to load yields no graph, but every other file is still checked,
 * so one run reports all problems. The lineage (lib/lineage) is compiled beside it, in compile.ts.
 */
export function linkContent(
  content: LoadedContent,
  sources: ReadonlyMap<string, string> | undefined,
  problems: ProblemList,
): Omit<ClauseGraph, "lineage"> | undefined {
  const ctx = buildIndexes({ content, sources, problems, edges: [] });

  const articles = linkArticles(ctx);
  const terms = linkTerms(ctx);
  const topics = linkTopics(ctx);
  const preamble = content.preamble && linkPage(ctx, content.preamble, "preamble");
  const about = content.about && linkPage(ctx, content.about, "about");
  const stakeholders = linkStakeholders(ctx);
  const sourceNodes = linkSources(ctx);
  const annotations = linkAnnotations(ctx, stakeholders);
  const timeline = linkTimeline(ctx);
  const chapters = linkChapters(ctx, articles);

  const { treaty } = content;
  if (!treaty || !content.chapters || !preamble || !about || !content.stakeholders || !content.timeline) return undefined;
  return {
    treaty: treaty.data,
    preamble,
    about,
    chapters,
    articles,
    terms,
    topics,
    stakeholders,
    sources: sourceNodes,
    annotations,
    timeline,
    edges: ctx.edges,
  };
}
