import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse";
import { isSafeUrl, remarkSafeMarkdown } from "./remark-safe-markdown";

/** Runs the plugin on a Markdown string; returns [ruleId, line, column, reason] per message. */
function check(markdown: string): Array<[string | undefined, number | undefined, number | undefined, string]> {
  const file = new VFile({ path: "content/about.md" });
  unified().use(remarkSafeMarkdown).runSync(parseMarkdown(markdown), file);
  return file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason]);
}

describe("remarkSafeMarkdown", () => {
  it("accepts plain Markdown with relative, anchor and http(s) links", () => {
    const markdown = [
      "# Heading",
      "",
      "Text with *emphasis*, `code` and [an article](/articles/2), [an anchor](#p1),",
      "[a sibling](./other), [a parent](../up), [a site](https://example.org/a?b=c) and [http](http://example.org).",
      "",
      "<https://example.org/autolink>",
      "",
      "[ref]: https://example.org/ref",
    ].join("\n");
    expect(check(markdown)).toEqual([]);
  });

  it("reports a raw HTML block at its line and column", () => {
    expect(check('Intro.\n\n<div class="x">hand-written</div>\n')).toEqual([["raw-html", 3, 1, "raw HTML is not allowed"]]);
  });

  it("reports each inline HTML tag where it starts", () => {
    expect(check("Some <b>bold</b> text.")).toEqual([
      ["raw-html", 1, 6, "raw HTML is not allowed"],
      ["raw-html", 1, 13, "raw HTML is not allowed"],
    ]);
  });

  it("reports an HTML comment too", () => {
    expect(check("Text.\n\n<!-- hidden -->")).toEqual([["raw-html", 3, 1, "raw HTML is not allowed"]]);
  });

  it.each([
    ["[x](javascript:alert(1))", "javascript:alert(1)"],
    ["[x](JavaScript:alert(1))", "JavaScript:alert(1)"],
    ["[x](data:text/html,hi)", "data:text/html,hi"],
    ["[x](vbscript:msgbox)", "vbscript:msgbox"],
    ["<javascript:alert(2)>", "javascript:alert(2)"],
    ["[x](//evil.example.org)", "//evil.example.org"],
  ])("reports the unsafe link %s", (markdown, url) => {
    expect(check(`See ${markdown} here.`)).toEqual([["unsafe-link", 1, 5, `link target "${url}" is not allowed`]]);
  });

  it("reports an unsafe link definition at the definition", () => {
    expect(check("Text [x][bad].\n\n[bad]: javascript:alert(1)")).toEqual([["unsafe-link", 3, 1, 'link target "javascript:alert(1)" is not allowed']]);
  });

  it("cuts a long unsafe URL to 60 characters in the message", () => {
    const url = `javascript:${"a".repeat(100)}`;
    expect(check(`[x](${url})`)[0]?.[3]).toBe(`link target "${url.slice(0, 60)}" is not allowed`);
  });

  it("reports images, inline and by reference, even with safe URLs", () => {
    expect(check("Intro.\n\n![A chart](https://example.org/chart.png)")).toEqual([["image-not-allowed", 3, 1, "images are not allowed in digests"]]);
    expect(check("Text ![chart][c].\n\n[c]: https://example.org/c.png")).toEqual([["image-not-allowed", 1, 6, "images are not allowed in digests"]]);
  });

  it("reports every problem in a file, in document order", () => {
    const kinds = check("<p>x</p>\n\n![i](/i.png) and [j](javascript:void(0))").map(([kind, line, column]) => `${line}:${column} ${kind}`);
    expect(kinds).toEqual(["1:1 raw-html", "3:1 image-not-allowed", "3:18 unsafe-link"]);
  });
});

describe("isSafeUrl", () => {
  it.each(["/articles/28", "#p4", "./x", "../y", "https://example.org", "http://example.org/a", "  https://example.org  "])("accepts %s", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JAVASCRIPT:x",
    "data:text/html,x",
    "vbscript:x",
    "mailto:a@b.org",
    "//evil.org",
    "ftp://example.org",
    "",
  ])("refuses %j", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
