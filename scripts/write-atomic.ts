import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes several files so that either all of them are replaced or none is: each goes to a temp
 * file first, and only when every temp file is written are they renamed into place.
 */
export function writeFilesAtomically(files: ReadonlyArray<{ path: string; contents: string }>): void {
  const temps: string[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temp, file.contents);
      temps.push(temp);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw error;
  }
  files.forEach((file, index) => renameSync(temps[index]!, file.path));
}
