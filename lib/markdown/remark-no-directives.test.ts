import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse";
import { remarkNoDirectives } from "./remark-no-directives";

function messages(markdown: string): string[] {
  const file = new VFile();
  unified().use(remarkNoDirectives).runSync(parseMarkdown(markdown), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`);
}

describe("remarkNoDirectives", () => {
  it("reports text, leaf and container directives where they stand", () => {
    expect(messages('A rule:must swallow.\n\n::video\n\n:::paragraph{pin="2(a)"}\nText.\n:::')).toEqual([
      '1:7 unknown-directive: unknown directive ":must"',
      '3:1 unknown-directive: unknown directive ":video"',
      '5:1 unknown-directive: unknown directive ":paragraph"',
    ]);
  });

  it("leaves plain prose and escaped colons alone", () => {
    expect(messages("Time 10\\:30, a URL https://example.org and a colon: here.")).toEqual([]);
  });
});
