import { checkOfficialText, type OfficialReport } from "../official/check";
import type { OfficialText } from "../official/schema";
import type { ClauseGraph } from "../schema/graph";
import { officialSearchRecords } from "../search/official-records";
import { buildSearchRecords, type SearchRecord } from "../search/records";
import { compileLineage } from "../lineage/compile";
import { linkContent } from "./link";
import { loadContent } from "./load";
import { ProblemList, sortProblems, type Problem } from "./problems";

export interface CompileInput {
  /** Every content file, keyed by its path from the repository root (`content/articles/28.md`). */
  files: ReadonlyMap<string, string>;
  /** Full source texts by id, where `../shared/sources` is present; quotes are checked against them. */
  sources?: ReadonlyMap<string, string>;
  /** Folder the paths start with. */
  root?: string;
  /** The imported official text (content/official/en.json), when a deployer has one: content is checked against it. */
  official?: { text: OfficialText; path: string };
}

export interface CompileResult {
  graph?: ClauseGraph;
  search?: SearchRecord[];
  problems: Problem[];
  /** Present when an official text was given and everything matched it. */
  official?: OfficialReport;
}

/**
 * The pure core of the content build: load → validate → link. File reading and writing stay in
 * scripts/, so this can run on fixtures and synthetic corpora in memory.
 */
export function compileContent(input: CompileInput, problems = new ProblemList()): CompileResult {
  const content = loadContent(input.files, input.root ?? "content", problems);
  const core = linkContent(content, input.sources, problems);
  const lineage = compileLineage(
    input.files,
    input.root ?? "content",
    content.articles.map((article) => article.data),
    problems,
  );
  const official = input.official && checkOfficialText(content, input.official.text, problems, input.official.path);
  const sorted = sortProblems(problems.items);
  if (!core || sorted.length > 0) return { problems: sorted };
  const graph: ClauseGraph = { ...core, lineage };
  // The official wording is searchable only in a build that imported it, after the digests' records.
  const search = [...buildSearchRecords(graph), ...(input.official ? officialSearchRecords(input.official.text) : [])];
  return { graph, search, problems: [], official };
}

/** Counts of nodes and edges by kind, for the build's summary line. */
export function graphCounts(graph: ClauseGraph): Record<string, number> {
  const counts: Record<string, number> = {
    chapters: graph.chapters.length,
    articles: graph.articles.length,
    paragraphs: graph.articles.reduce((sum, article) => sum + article.paragraphs.length, 0),
    terms: graph.terms.length,
    topics: graph.topics.length,
    stakeholders: graph.stakeholders.length,
    sources: graph.sources.length,
    annotations: graph.annotations.length,
    events: graph.timeline.length,
  };
  for (const edge of graph.edges) counts[`edges.${edge.kind}`] = (counts[`edges.${edge.kind}`] ?? 0) + 1;
  return counts;
}
