import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clauseGraph, type ClauseGraph } from "./schema/graph";

let cached: ClauseGraph | undefined;

/** The compiled clause graph (run `npm run content` first). Parsed once per build process. */
export function getGraph(): ClauseGraph {
  cached ??= clauseGraph.parse(JSON.parse(readFileSync(join(process.cwd(), ".generated", "graph.json"), "utf8")));
  return cached;
}
