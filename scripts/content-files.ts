import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeContentFile } from "../lib/compile/text-file";
import type { ProblemList } from "../lib/compile/problems";

/** Reads every .md/.yaml file under `dir`, keyed by its path relative to `base` (`content/articles/28.md`). */
export function readContentFiles(dir: string, base: string, problems: ProblemList): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|ya?ml)$/u.test(name) && name !== "README.md") {
        const path = relative(base, full).split("\\").join("/");
        const text = decodeContentFile(path, readFileSync(full), problems);
        if (text !== undefined) files.set(path, text);
      }
    }
  };
  walk(dir);
  return files;
}

/** Folders under the sources folder whose texts are sources too (new texts arrive in incoming/). */
const SOURCE_SUBFOLDERS = ["", "incoming"];

/**
 * The full source texts in ../shared/sources and ../shared/sources/incoming, by id (the file
 * name); undefined where that folder is absent. INDEX.md files are lists, not sources.
 */
export function readSharedSources(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const sources = new Map<string, string>();
  for (const sub of SOURCE_SUBFOLDERS) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (name.endsWith(".md") && name !== "INDEX.md") sources.set(name.slice(0, -3), readFileSync(join(folder, name), "utf8"));
    }
  }
  return sources;
}
