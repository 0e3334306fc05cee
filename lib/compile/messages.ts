import type { VFile } from "vfile";
import { isProblemKind, type ProblemKind, type ProblemList } from "./problems";

/** The problem kind of a remark plugin's message: its `ruleId`, which every plugin sets to a kind. */
export function kindOfMessage(message: VFile["messages"][number]): ProblemKind {
  return isProblemKind(message.ruleId) ? message.ruleId : "invalid-field";
}

/**
 * Copies a vfile's messages into the problem list, each at its own position, or all at `at`
 * (Markdown held in a YAML string is reported at its field).
 */
export function collectMessages(path: string, file: VFile, problems: ProblemList, at?: { line: number; column: number }): void {
  for (const message of file.messages) {
    problems.add(path, at ?? { line: message.line ?? 1, column: message.column ?? 1 }, kindOfMessage(message), message.reason);
  }
}
