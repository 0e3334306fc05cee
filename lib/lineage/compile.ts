import type { ProblemList } from "../compile/problems";
import type { LineageGraph } from "../schema/lineage";
import { EMPTY_LINEAGE, linkLineage, type UnArticle } from "./link";
import { loadLineage } from "./load";

/**
 * The lineage stage of the content build: loads `<root>/lineage/` and checks it against the UN
 * articles. A corpus without a lineage folder gets an empty lineage and no problems.
 */
export function compileLineage(files: ReadonlyMap<string, string>, root: string, unArticles: readonly UnArticle[], problems: ProblemList): LineageGraph {
  const loaded = loadLineage(files, root, problems);
  return loaded ? linkLineage(loaded, unArticles, problems) : EMPTY_LINEAGE;
}
