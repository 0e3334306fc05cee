/**
 * Helpers for the linker's stage tests: tiny content held in memory, loaded by the real loader,
 * so each stage can be run on its own. Not used by the build.
 */
import { formatProblem, ProblemList } from "../problems";
import { loadContent } from "../load";
import type { IndexedContext, LinkContext } from "./context";
import { buildIndexes } from "./indexes";

/** A Markdown file with front matter. */
export function md(frontmatter: readonly string[], body: readonly string[] = []): string {
  return ["---", ...frontmatter, "---", ...body].join("\n");
}

/**
 * Loads files given by their path under content/ (`articles/2.md`) into a fresh context whose
 * problem list is empty: files left out are simply absent, and a file that fails to load throws.
 */
export function tinyContext(files: Readonly<Record<string, string>>, sources?: Readonly<Record<string, string>>): LinkContext {
  const loadProblems = new ProblemList();
  const content = loadContent(new Map(Object.entries(files).map(([path, text]) => [`content/${path}`, text])), "content", loadProblems);
  const broken = loadProblems.items.filter((problem) => problem.kind !== "missing-file");
  if (broken.length > 0) throw new Error(`tiny content does not load:\n${broken.map(formatProblem).join("\n")}`);
  return { content, sources: sources && new Map(Object.entries(sources)), problems: new ProblemList(), edges: [] };
}

/** tinyContext after the index stages, as the rendering stages see it. */
export function indexedContext(files: Readonly<Record<string, string>>, sources?: Readonly<Record<string, string>>): IndexedContext {
  return buildIndexes(tinyContext(files, sources));
}

/** The problems reported so far, as `path:line:col kind: message`. */
export function problemLines(ctx: Pick<LinkContext, "problems">): string[] {
  return ctx.problems.items.map((p) => `${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`);
}

/** The edges recorded so far, as `kind from -> to`. */
export function edgeLines(ctx: Pick<LinkContext, "edges">): string[] {
  return ctx.edges.map((edge) => `${edge.kind} ${edge.from} -> ${edge.to}`);
}

/** Tiny files most stage tests start from: two chapters, one topic, one term, two articles. */
export const BASE_FILES: Readonly<Record<string, string>> = {
  "chapters.yaml": ["- { numeral: I, title: General, summary: Terms. }", "- { numeral: II, title: Crimes, summary: Offences. }"].join("\n"),
  "topics/scope.md": md(["title: Scope", "summary: What it covers."], ["Scope of article 1."]),
  "terms/serious-crime.md": md(["term: serious crime", "plurals: [serious crimes]", 'definedAt: "1(a)"'], ["Conduct punishable by four years. More text."]),
  "articles/1.md": md(
    ["number: 1", "title: Use of terms", "chapter: I", "summary: Defines terms.", "topics: [scope]", "confidence: high", "basisSource: A test text"],
    ["Defines terms used in article 2.", "", ':::paragraph{pin="1(a)"}', "A serious crime is defined here.", ":::"],
  ),
  "articles/2.md": md(
    ["number: 2", "title: Offences", "chapter: II", "summary: Creates offences.", "confidence: high", "basisSource: A test text"],
    ["Punishes serious crimes.", "", ':::paragraph{pin="2(1)"}', "See article 1(a) and chapter I.", ":::"],
  ),
};
