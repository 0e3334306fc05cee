import type { ProblemList } from "./problems";

/** A text cut at its `---` fences. */
export interface FrontmatterCut {
  /** The YAML between the fences. */
  frontmatter: string;
  /** How many lines the two fences and the YAML between them take. */
  headLines: number;
  /** The lines after the closing fence. */
  bodyLines: string[];
}

/**
 * Cuts `---` front matter off a text: the one splitter for content files, source texts and the
 * synthetic corpus. Says which fence is missing when there is none to cut.
 */
export function cutFrontmatter(text: string): FrontmatterCut | { missing: "opening" | "closing" } {
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") return { missing: "opening" };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) return { missing: "closing" };
  return { frontmatter: lines.slice(1, close).join("\n"), headLines: close + 1, bodyLines: lines.slice(close + 1) };
}

export interface SplitMarkdown {
  /** The YAML between the fences. */
  frontmatter: string;
  /** The body, with the front matter replaced by blank lines so Markdown line numbers stay true. */
  body: string;
  /** Line number (1-based) of the first front-matter line, for YAML positions. */
  frontmatterLine: number;
}

const MISSING_FENCE = {
  opening: "the file must start with a --- line",
  closing: "the front matter has no closing --- line",
} as const;

/** Splits `---` front matter from a Markdown content file, reporting a missing fence. */
export function splitFrontmatter(path: string, text: string, problems: ProblemList): SplitMarkdown | undefined {
  const cut = cutFrontmatter(text);
  if ("missing" in cut) {
    problems.add(path, { line: 1, column: 1 }, "missing-frontmatter", MISSING_FENCE[cut.missing]);
    return undefined;
  }
  return {
    frontmatter: cut.frontmatter,
    body: [...Array.from({ length: cut.headLines }, () => ""), ...cut.bodyLines].join("\n"),
    frontmatterLine: 2,
  };
}
