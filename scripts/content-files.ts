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

/** The full source texts in ../shared/sources, by id; undefined where that folder is absent. */
export function readSharedSources(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const sources = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    if (name.endsWith(".md")) sources.set(name.slice(0, -3), readFileSync(join(dir, name), "utf8"));
  }
  return sources;
}
