import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem } from "../../lib/compile/problems";
import { MINIMAL } from "./fixture-tree";

function minimalFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(MINIMAL, full), readFileSync(full, "utf8"));
    }
  };
  walk(join(MINIMAL, "content"));
  return files;
}

const sources = new Map([["example-source", readFileSync(join(MINIMAL, "sources", "example-source.md"), "utf8")]]);

function compileWith(overrides: Record<string, string>) {
  const files = minimalFiles();
  for (const [path, text] of Object.entries(overrides)) files.set(path, text);
  return compileContent({ files, sources });
}

describe("regressions", () => {
  it("checks Markdown in an annotation's textNote like any other Markdown, at the textNote field", () => {
    const annotations = readFileSync(join(MINIMAL, "content/annotations/example-source.yaml"), "utf8").replace(
      "textNote: Article 1(a) sets the threshold at four years.",
      "textNote: 'See <img src=x onerror=alert(1)> and [it](javascript:alert(1)) and ![i](https://e.org/i.png)'",
    );
    const { problems, graph } = compileWith({ "content/annotations/example-source.yaml": annotations });
    expect(graph).toBeUndefined();
    expect(problems.map((p) => `${p.path}:${p.line} ${p.kind}`)).toEqual([
      "content/annotations/example-source.yaml:9 image-not-allowed",
      "content/annotations/example-source.yaml:9 raw-html",
      "content/annotations/example-source.yaml:9 unsafe-link",
    ]);
  });

  it("reports directives outside article bodies instead of swallowing words", () => {
    const topic = "---\ntitle: Scope\nsummary: What the treaty covers.\n---\n\nThe rule:must apply.\n";
    const { problems } = compileWith({ "content/topics/scope.md": topic });
    expect(problems.map(formatProblem)).toEqual([
      'content/topics/scope.md:6:9 unknown-directive: unknown directive ":must" (The only block directive is :::paragraph{pin="…"}; escape a literal colon as \\:.)',
    ]);
  });

  it("still reports problems in other files when a required file fails to load", () => {
    const about = "no front matter here\n";
    const article = readFileSync(join(MINIMAL, "content/articles/1.md"), "utf8").replace("used in article 2", "used in article 9");
    const { problems } = compileWith({ "content/about.md": about, "content/articles/1.md": article });
    expect(problems.map((p) => `${p.path}:${p.line} ${p.kind}`)).toEqual([
      "content/about.md:1 missing-frontmatter",
      "content/articles/1.md:11 unknown-reference",
    ]);
  });
});
