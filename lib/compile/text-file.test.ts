import { describe, expect, it } from "vitest";
import { ProblemList } from "./problems";
import { decodeContentFile, MAX_CONTENT_BYTES } from "./text-file";

function decode(bytes: Uint8Array | string) {
  const problems = new ProblemList();
  const text = decodeContentFile("content/x.md", typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes, problems);
  return { text, problems: problems.items.map((p) => `${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`) };
}

describe("decodeContentFile", () => {
  it("returns valid UTF-8 text as it is", () => {
    expect(decode("---\ntitle: Données — «ok» 😀\n---\n")).toEqual({ text: "---\ntitle: Données — «ok» 😀\n---\n", problems: [] });
  });

  it("keeps tabs", () => {
    expect(decode("a\tb\n").text).toBe("a\tb\n");
  });

  it.each([
    ["a Latin-1 é", [0x61, 0xe9, 0x62]],
    ["a lone continuation byte", [0x61, 0x80]],
    ["an overlong encoding of /", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
    ["0xFF", [0xff]],
  ])("rejects %s", (_, bytes) => {
    expect(decode(new Uint8Array(bytes))).toEqual({ text: undefined, problems: ["content/x.md:1:1 not-utf8: the file is not valid UTF-8"] });
  });

  it("strips a byte-order mark", () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("---\n")]))).toEqual({ text: "---\n", problems: [] });
  });

  it("strips only the leading byte-order mark", () => {
    expect(decode("\ufeffa\ufeffb").text).toBe("a\ufeffb");
  });

  it("normalises CRLF and lone CR line ends to LF", () => {
    expect(decode("a\r\nb\rc\n\r\n").text).toBe("a\nb\nc\n\n");
  });

  it("reports a control character at its line and column", () => {
    expect(decode("first\nsecond \u0007 line\n")).toEqual({ text: undefined, problems: ["content/x.md:2:8 control-character: control character U+0007"] });
  });

  it("counts columns after a byte-order mark is stripped and on CRLF lines", () => {
    expect(decode("\ufeff\u0001x").problems).toEqual(["content/x.md:1:1 control-character: control character U+0001"]);
    expect(decode("a\r\nbc\u0000\r\n").problems).toEqual(["content/x.md:2:3 control-character: control character U+0000"]);
  });

  it("reports one control character per line, on every line that has one", () => {
    expect(decode("\u0001\u0002\nok\nx\u007f\n\u0085").problems).toEqual([
      "content/x.md:1:1 control-character: control character U+0001",
      "content/x.md:3:2 control-character: control character U+007f",
      "content/x.md:4:1 control-character: control character U+0085",
    ]);
  });

  it.each([0x00, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x9f])("treats U+%s as a control character", (code) => {
    expect(decode(`x${String.fromCharCode(code)}`).problems).toHaveLength(1);
  });

  it.each([0x20, 0xa0, 0x200b, 0x2028])("lets U+%s through", (code) => {
    expect(decode(`x${String.fromCharCode(code)}`).problems).toEqual([]);
  });

  it("accepts a file of exactly the size limit", () => {
    const result = decode(new Uint8Array(MAX_CONTENT_BYTES).fill(0x61));
    expect(result.problems).toEqual([]);
    expect(result.text).toHaveLength(MAX_CONTENT_BYTES);
  });

  it("rejects a file one byte over the limit, before decoding it", () => {
    expect(MAX_CONTENT_BYTES).toBe(262144);
    const bytes = new Uint8Array(MAX_CONTENT_BYTES + 1).fill(0xff);
    expect(decode(bytes)).toEqual({ text: undefined, problems: ["content/x.md:1:1 file-too-large: 262145 bytes is over the 262144-byte limit"] });
  });
});
