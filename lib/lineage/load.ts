import type { z } from "zod";
import type { Located } from "../compile/load";
import type { ProblemList } from "../compile/problems";
import { loadYaml } from "../compile/yaml-source";
import { LINEAGE_TREATIES, lineageTreatyFile, mappingsFile } from "../schema/lineage";

export type LineageTreatyFile = z.infer<typeof lineageTreatyFile>;
export type MappingsFile = z.infer<typeof mappingsFile>;

/** The lineage files, each parsed and checked against its schema; nothing cross-checked yet. */
export interface LoadedLineage {
  /** Folder the lineage files live in (`content/lineage`). */
  folder: string;
  treaties: Array<Located<LineageTreatyFile>>;
  mappings?: Located<MappingsFile>;
}

/** The file that holds the mappings, and the one that holds each treaty. */
export const lineagePaths = {
  mappings: (folder: string) => `${folder}/mappings.yaml`,
  treaty: (folder: string, id: string) => `${folder}/${id}.yaml`,
};

/**
 * Loads `<root>/lineage/`: one YAML file per earlier treaty and `mappings.yaml`. Returns
 * undefined when the folder is absent (a corpus without lineage); once any file is there, all
 * four are required.
 */
export function loadLineage(files: ReadonlyMap<string, string>, root: string, problems: ProblemList): LoadedLineage | undefined {
  const folder = `${root}/lineage`;
  if (![...files.keys()].some((path) => path.startsWith(`${folder}/`))) return undefined;
  const loaded: LoadedLineage = { folder, treaties: [] };
  for (const id of LINEAGE_TREATIES) {
    const path = lineagePaths.treaty(folder, id);
    const result = read(path, files, lineageTreatyFile, problems);
    if (result) loaded.treaties.push(result);
  }
  loaded.mappings = read(lineagePaths.mappings(folder), files, mappingsFile, problems);
  return loaded;
}

function read<Schema extends z.ZodType>(
  path: string,
  files: ReadonlyMap<string, string>,
  schema: Schema,
  problems: ProblemList,
): Located<z.infer<Schema>> | undefined {
  const text = files.get(path);
  if (text === undefined) {
    // A file that could not be decoded was reported already; do not call it missing too.
    if (!problems.items.some((problem) => problem.path === path))
      problems.add(path, undefined, "missing-file", `${path.slice(path.lastIndexOf("/") + 1)} is missing`);
    return undefined;
  }
  const result = loadYaml(path, text, schema, problems);
  return result ? { path, ...result } : undefined;
}
