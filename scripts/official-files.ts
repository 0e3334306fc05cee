import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ProblemList } from "../lib/compile/problems";
import { officialText, type OfficialText } from "../lib/official/schema";

/**
 * Reads `content/official/en.json` when a deployer has imported it; undefined when absent. A file
 * that is not what the importer writes is a content problem, reported at its path.
 */
export function readOfficialText(contentDir: string, root: string, problems: ProblemList): { text: OfficialText; path: string } | undefined {
  const full = join(contentDir, "official", "en.json");
  if (!existsSync(full)) return undefined;
  const path = relative(root, full).split("\\").join("/");
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    problems.add(path, undefined, "invalid-official-text", `not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  const parsed = officialText.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    problems.add(path, undefined, "invalid-official-text", `${issue.path.join(".") || "the file"}: ${issue.message}`);
    return undefined;
  }
  if (parsed.data.language !== "en") {
    problems.add(path, undefined, "invalid-official-text", `the file holds language "${parsed.data.language}", not "en"`);
    return undefined;
  }
  return { text: parsed.data, path };
}
