import { resolve } from "node:path";
import { compileContent, type CompileResult } from "../../lib/compile/compile";
import { ProblemList } from "../../lib/compile/problems";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";

export const REPO = resolve(import.meta.dirname, "../..");
export const SHARED = resolve(REPO, "../shared");

let cached: (CompileResult & { files: Map<string, string>; sources: Map<string, string> }) | undefined;

/** Compiles the real content/ against ../shared/sources, once per test file. */
export function compileRealContent() {
  if (cached) return cached;
  const problems = new ProblemList();
  const files = readContentFiles(resolve(REPO, "content"), REPO, problems);
  const sources = readSharedSources(resolve(SHARED, "sources"));
  if (!sources) throw new Error("../shared/sources is missing: the content tests check quotes and coverage against it");
  cached = { ...compileContent({ files, sources }, problems), files, sources };
  return cached;
}
