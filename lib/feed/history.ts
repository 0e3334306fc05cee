import { z } from "zod";

/** Content folders and files whose changes the feed reports: the digests and the annotations. */
export const TRACKED_CONTENT = ["content/articles", "content/annotations", "content/preamble.md"] as const;

export const contentChange = z.object({ path: z.string(), status: z.enum(["added", "modified", "deleted"]) });

/** One commit that changed tracked content: its hash, its date (ISO 8601) and the files. */
export const contentCommit = z.object({ commit: z.string(), date: z.string(), changes: z.array(contentChange).min(1) });

/**
 * `.generated/history.json`: the content's change history from git, made by `npm run content`.
 * `available` is false (with a reason) where git or the repository history is missing; the
 * feed then lists the timeline only.
 */
export const contentHistory = z.object({ available: z.boolean(), reason: z.string().optional(), commits: z.array(contentCommit) });

export type ContentChange = z.infer<typeof contentChange>;
export type ContentCommit = z.infer<typeof contentCommit>;
export type ContentHistory = z.infer<typeof contentHistory>;

/** Record and unit separators: they cannot occur in a hash, a date or a path git prints. */
export const GIT_LOG_FORMAT = "%x1e%H%x1f%cI";

const STATUS: Record<string, ContentChange["status"]> = { A: "added", M: "modified", D: "deleted" };

/**
 * Parses `git log --format=<GIT_LOG_FORMAT> --name-status --no-renames` output into commits,
 * newest first as git prints them; commits without a tracked change are dropped.
 */
export function parseGitLog(output: string): ContentCommit[] {
  return output
    .split("\x1e")
    .slice(1)
    .flatMap((record) => {
      const [header = "", ...lines] = record.split("\n");
      const [commit = "", date = ""] = header.split("\x1f");
      const changes = lines.flatMap((line): ContentChange[] => {
        const [code = "", path] = line.split("\t");
        const status = STATUS[code.charAt(0)];
        return status && path ? [{ path, status }] : [];
      });
      return commit && date && changes.length > 0 ? [{ commit, date, changes }] : [];
    });
}
