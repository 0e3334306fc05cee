import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentHistory, type ContentHistory } from "./feed/history";
import { clauseGraph, type ClauseGraph } from "./schema/graph";

let cached: ClauseGraph | undefined;

/** The compiled clause graph (run `npm run content` first). Parsed once per build process. */
export function getGraph(): ClauseGraph {
  cached ??= clauseGraph.parse(JSON.parse(readFileSync(join(process.cwd(), ".generated", "graph.json"), "utf8")));
  return cached;
}

/** The content's change history for the feed (`npm run content` writes it); empty, saying why, when absent. */
export function getContentHistory(): ContentHistory {
  const path = join(process.cwd(), ".generated", "history.json");
  if (!existsSync(path)) return { available: false, reason: ".generated/history.json was not generated", commits: [] };
  return contentHistory.parse(JSON.parse(readFileSync(path, "utf8")));
}
