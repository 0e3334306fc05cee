import type { ProblemList } from "./problems";

export const MAX_CONTENT_BYTES = 256 * 1024;

// C0 controls other than tab, newline and carriage return, DEL, and the C1 range.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Decodes a content file strictly as UTF-8 and rejects sizes and characters no author means to write. */
export function decodeContentFile(path: string, bytes: Uint8Array, problems: ProblemList): string | undefined {
  if (bytes.byteLength > MAX_CONTENT_BYTES) {
    problems.add(path, undefined, "file-too-large", `${bytes.byteLength} bytes is over the ${MAX_CONTENT_BYTES}-byte limit`);
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    problems.add(path, undefined, "not-utf8", "the file is not valid UTF-8");
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split("\n");
  let found = false;
  lines.forEach((line, index) => {
    const match = CONTROL.exec(line);
    if (match) {
      found = true;
      const code = match[0].charCodeAt(0).toString(16).padStart(4, "0");
      problems.add(path, { line: index + 1, column: match.index + 1 }, "control-character", `control character U+${code}`);
    }
  });
  return found ? undefined : text.replace(/\r\n?/gu, "\n");
}
