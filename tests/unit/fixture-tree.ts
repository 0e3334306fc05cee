/**
 * Helpers for tests that build content trees on disk: a temp copy of tests/fixtures/minimal,
 * with an error fixture's overlay applied on top.
 *
 * Overlay files mirror the fixture root (`overlay/content/articles/2.md`). Three suffixes are special:
 * - `<name>.delete` deletes `<name>`;
 * - `<name>.base64` writes `<name>` with the decoded bytes (for bytes no text file should hold);
 * - `<name>.oversize` writes `<name>` with the marker's text repeated past the content size limit.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_CONTENT_BYTES } from "../../lib/compile/text-file";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const MINIMAL = join(FIXTURES, "minimal");
export const ERROR_FIXTURES = join(FIXTURES, "errors");

/** A fresh temp dir holding a copy of the minimal fixture at `<dir>/tree`. */
export function copyMinimal(): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), "treaty-content-"));
  const root = join(dir, "tree");
  cpSync(MINIMAL, root, { recursive: true });
  return { dir, root };
}

function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = join(folder, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
}

/** Applies an overlay folder onto a tree; returns the tree paths it touched. */
export function applyOverlay(overlay: string, root: string): string[] {
  const touched: string[] = [];
  for (const file of listFiles(overlay)) {
    const rel = relative(overlay, file).split("\\").join("/");
    const special = /\.(delete|base64|oversize)$/u.exec(rel);
    const target = join(root, special ? rel.slice(0, -special[0].length) : rel);
    mkdirSync(dirname(target), { recursive: true });
    if (special?.[1] === "delete") {
      rmSync(target, { force: false });
    } else if (special?.[1] === "base64") {
      writeFileSync(target, Buffer.from(readFileSync(file, "utf8").replace(/\s+/gu, ""), "base64"));
    } else if (special?.[1] === "oversize") {
      const unit = readFileSync(file, "utf8");
      writeFileSync(target, unit.repeat(Math.ceil((MAX_CONTENT_BYTES + 1) / Buffer.byteLength(unit))));
    } else {
      cpSync(file, target);
    }
    touched.push(relative(root, target).split("\\").join("/"));
  }
  return touched;
}

/** Every file under a folder, relative to it, sorted. */
export function filesUnder(folder: string): string[] {
  try {
    return listFiles(folder).map((file) => relative(folder, file).split("\\").join("/"));
  } catch {
    return [];
  }
}
