/**
 * The content's change history for the Atom feed: runs `git log` over the digests and annotations
 * and writes .generated/history.json (atomically). Without git or a repository, it writes an
 * empty history that says why, and the feed lists the timeline only.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { GIT_LOG_FORMAT, parseGitLog, TRACKED_CONTENT, type ContentHistory } from "../lib/feed/history";
import { writeFilesAtomically } from "./write-atomic";

/** How many content commits the feed reports, newest first. */
export const MAX_COMMITS = 50;

export function readContentHistory(root: string): ContentHistory {
  const args = ["log", `-n${MAX_COMMITS}`, `--format=${GIT_LOG_FORMAT}`, "--name-status", "--no-renames", "--relative", "--", ...TRACKED_CONTENT];
  const git = spawnSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (git.error) return { available: false, reason: `git could not run (${git.error.message})`, commits: [] };
  if (git.status !== 0) return { available: false, reason: `git log failed: ${git.stderr.trim().split("\n")[0] ?? ""}`, commits: [] };
  return { available: true, commits: parseGitLog(git.stdout) };
}

/** Writes `.generated/history.json` under `root` and returns a one-line report. */
export function writeContentHistory(root: string, outDir = ".generated"): string {
  const history = readContentHistory(root);
  writeFilesAtomically([{ path: resolve(root, outDir, "history.json"), contents: JSON.stringify(history) }]);
  return history.available ? `history: ${history.commits.length} content commits for the feed` : `history: none for the feed (${history.reason})`;
}
