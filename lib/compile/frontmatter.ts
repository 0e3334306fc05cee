import type { ProblemList } from "./problems";

export interface SplitMarkdown {
  /** The YAML between the fences. */
  frontmatter: string;
  /** The body, with the front matter replaced by blank lines so Markdown line numbers stay true. */
  body: string;
  /** Line number (1-based) of the first front-matter line, for YAML positions. */
  frontmatterLine: number;
}

/** Splits `---` front matter from a Markdown file. */
export function splitFrontmatter(path: string, text: string, problems: ProblemList): SplitMarkdown | undefined {
  const lines = text.split("\n");
  if (lines[0]?.trim() !== "---") {
    problems.add(path, { line: 1, column: 1 }, "missing-frontmatter", "the file must start with a --- line");
    return undefined;
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === "---");
  if (close === -1) {
    problems.add(path, { line: 1, column: 1 }, "missing-frontmatter", "the front matter has no closing --- line");
    return undefined;
  }
  return {
    frontmatter: lines.slice(1, close).join("\n"),
    body: [...lines.slice(0, close + 1).map(() => ""), ...lines.slice(close + 1)].join("\n"),
    frontmatterLine: 2,
  };
}
