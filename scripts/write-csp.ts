/**
 * Runs after `next build` (`npm run build`): gives every page in out/ its own
 * Content-Security-Policy <meta>, allowing exactly the SHA-256 of that page's inline scripts
 * (the theme script and the Next.js data scripts) and no other inline script. All pages are
 * rewritten or none. Run it again on the same out/ and it replaces the policies it wrote.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { documentPolicy } from "../lib/deploy/headers";
import { withCspMeta } from "../lib/deploy/inline-scripts";
import { writeFilesAtomically } from "./write-atomic";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Writes the policies into every page of `outDir`; returns a one-line summary. */
export function writeCsp(outDir: string): string {
  const files = htmlFiles(outDir);
  if (files.length === 0) throw new Error(`${outDir} holds no HTML page: run next build first`);
  const distinct = new Set<string>();
  let scripts = 0;
  const rewritten = files.map((path) => {
    try {
      const { html, hashes } = withCspMeta(readFileSync(path, "utf8"), documentPolicy);
      scripts += hashes.length;
      hashes.forEach((hash) => distinct.add(hash));
      return { path, contents: html };
    } catch (error) {
      throw new Error(`${relative(process.cwd(), path)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  writeFilesAtomically(rewritten);
  return `csp: ${files.length} pages, ${scripts} inline scripts (${distinct.size} distinct across the site) allowed by hash`;
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href;
if (isMain) {
  try {
    console.log(writeCsp(resolve(import.meta.dirname, "..", "out")));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
