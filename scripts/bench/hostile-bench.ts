/**
 * How long the compiler takes on pathological Markdown (a 200 KB line of words; 5,000 unclosed
 * emphasis runs). Correctness of these inputs is unit-tested; their speed is measured here.
 */
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { compileContent } from "../../lib/compile/compile";
import { ProblemList } from "../../lib/compile/problems";
import { readContentFiles, readSharedSources } from "../content-files";

export interface HostileTiming {
  name: string;
  ms: number;
  ok: boolean;
}

const ABOUT = "content/about.md";
const HEAD = "---\ntitle: About\nsummary: How this was written.\n---\n\n";

const CASES: Array<{ name: string; body: string }> = [
  { name: "a 200 KB line of words", body: "word ".repeat(40_000) },
  { name: "5,000 unclosed emphasis runs", body: "*a **b ".repeat(5000) + "_c __d ".repeat(5000) },
];

export function measureHostileCompiles(root: string): HostileTiming[] {
  const files = readContentFiles(resolve(root, "content"), root, new ProblemList());
  const sources = readSharedSources(resolve(root, "..", "shared", "sources"));
  return CASES.map(({ name, body }) => {
    const changed = new Map(files);
    changed.set(ABOUT, HEAD + body);
    const started = performance.now();
    const result = compileContent({ files: changed, sources, root: "content" });
    return { name, ms: performance.now() - started, ok: result.problems.length === 0 };
  });
}
