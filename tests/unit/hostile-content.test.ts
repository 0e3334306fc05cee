/**
 * Hostile content: every case either fails the content build with `path:line:col kind: message`
 * (and writes nothing), or compiles to inert HTML. See tests/fixtures/hostile/README.md.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_CONTENT_BYTES } from "../../lib/compile/text-file";
import type { ClauseGraph } from "../../lib/schema/graph";
import { buildContent } from "../../scripts/build-content";
import { applyOverlay } from "./fixture-tree";
import { copyHostile, HOSTILE_CASES, inertProblems, renderedHtml } from "./hostile-html";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  ok: boolean;
  report: string[];
  graph?: ClauseGraph;
  /** Set when the build threw instead of reporting. */
  threw?: string;
  wroteOutput: boolean;
}

/** A temp copy of the hostile tree, changed by `prepare`, then built the way `npm run content` builds. */
function build(prepare: (root: string) => void = () => {}): Outcome {
  const { dir, root } = copyHostile();
  temps.push(dir);
  prepare(root);
  const out = join(dir, "generated");
  let result: { ok: boolean; report: string[] };
  try {
    result = buildContent({ root, sourcesDir: "sources", outDir: out });
  } catch (error) {
    return { ok: false, report: [], threw: String(error).slice(0, 200), wroteOutput: existsSync(out) };
  }
  const graph = result.ok ? (JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as ClauseGraph) : undefined;
  return { ...result, graph, wroteOutput: existsSync(out) };
}

const ABOUT_HEAD = "---\ntitle: About\nsummary: How this was written.\n---\n\n"; // the body starts on line 6

function writeAbout(body: string | Buffer): (root: string) => void {
  return (root) => writeFileSync(join(root, "content/about.md"), typeof body === "string" ? ABOUT_HEAD + body + "\n" : body);
}

/** The build failed cleanly: no exception, nothing written, and exactly these problems (path, line, kind) in order. */
function expectFailure(outcome: Outcome, expected: Array<{ path: string; line: number; kind: string; column?: number }>): void {
  expect(outcome.threw, "the build must report the problem, not throw").toBeUndefined();
  expect(outcome.ok).toBe(false);
  expect(outcome.wroteOutput, "a failed build writes nothing").toBe(false);
  const lines = outcome.report.slice(0, -1);
  expect(outcome.report.at(-1)).toBe(`content: ${expected.length} problem${expected.length === 1 ? "" : "s"}; nothing was written`);
  expect(lines).toHaveLength(expected.length);
  expected.forEach((want, index) => {
    const column = want.column === undefined ? "\\d+" : String(want.column);
    expect(lines[index]).toMatch(new RegExp(`^${want.path.replace(/\./gu, "\\.")}:${want.line}:${column} ${want.kind}: \\S.* \\(.+\\)$`, "u"));
  });
}

/** The build succeeded and every HTML string it rendered is inert. */
function expectInert(outcome: Outcome): string[] {
  expect(outcome.threw, "the build threw").toBeUndefined();
  expect(
    outcome.report.filter((line) => !line.startsWith("content: chapters")),
    "the build reported problems",
  ).toEqual([]);
  expect(outcome.ok).toBe(true);
  const fragments = renderedHtml(outcome.graph!);
  for (const { where, html } of fragments) expect(inertProblems(html), where).toEqual([]);
  return fragments.map((fragment) => fragment.html);
}

describe("the inertness check itself", () => {
  it("catches what it is meant to catch", () => {
    expect(inertProblems("<p>a <script>alert(1)</script></p>")).not.toEqual([]);
    expect(inertProblems('<p><a href="/x" onclick="alert(1)">x</a></p>')).not.toEqual([]);
    expect(inertProblems('<a href=" java\tscript:alert(1)">x</a>')).not.toEqual([]);
    expect(inertProblems('<a href="&#x6A;avascript:alert(1)">x</a>')).not.toEqual([]);
    expect(inertProblems('<a href="data:text/html,x">x</a>')).not.toEqual([]);
    expect(inertProblems("<iframe src=x></iframe>")).not.toEqual([]);
    expect(inertProblems("<style>p{}</style>")).not.toEqual([]);
    expect(inertProblems('<p title="a > b" onmouseover=alert(1)>x</p>')).not.toEqual([]);
    // Text that merely mentions markup is fine.
    expect(inertProblems("<p><code>&#x3C;script>alert(1)&#x3C;/script></code> and onclick=x</p>")).toEqual([]);
    expect(inertProblems('<a href="https://example.org/" title="x&#x22; onclick=&#x22;y">x</a>')).toEqual([]);
  });
});

describe("the hostile-but-valid tree", () => {
  it("builds with no problems and renders only inert HTML", () => {
    const outcome = build();
    const all = expectInert(outcome).join("\n");
    const graph = outcome.graph!;
    expect(renderedHtml(graph).length).toBeGreaterThanOrEqual(10);

    // Markup mentioned in inline code and in a code block stays text.
    expect(graph.about.html).toContain("<code>&#x3C;script>window.__pwned=1;console.log('PWNED');alert('PWNED')&#x3C;/script></code>");
    expect(graph.about.html).toContain('<pre><code class="language-html">&#x3C;script>window.__pwned=1');
    expect(graph.about.html).toContain("&#x3C;iframe src=\"javascript:alert('PWNED')\">&#x3C;/iframe>");
    // Escaped markup and entities stay text.
    expect(graph.about.html).toContain("Escaped markup stays text: &#x3C;script>window.__pwned=1&#x3C;/script>");
    expect(graph.about.html).toContain("&#x3C;img src=x onerror=window.__pwned=1>.");
    // Link text holding entities: the entities decode to text, the address keeps its query.
    expect(graph.about.html).toContain('<a href="https://example.org/?a=1&#x26;b=2">&#x3C;img src=x onerror=window.__pwned=1> &#x26; "quoted" \'single\'</a>');
    // Quotes in an address or a title cannot break out of the attribute.
    expect(graph.about.html).toContain('<a href="https://example.org/%22%20onmouseover=%22window.__pwned=1">quoted address</a>');
    expect(graph.about.html).toMatch(/<a href="https:\/\/example\.org\/\?q=%22%3E%3Csvg\/onload=window\.__pwned=1%3E">query<\/a>/u);
    // Emphasis tricks render as emphasis or literal asterisks, never as markup.
    expect(graph.about.html).toContain("<em><strong>bold italic</strong></em>");
    expect(graph.about.html).toContain("*literal*, *a **b *a **b");
    // An escaped colon keeps a bare javascript: URL as plain text, not a link.
    expect(graph.about.html).toContain("javascript:alert('PWNED') stays text");
    expect(all).not.toMatch(/<a [^>]*href="[^"]*alert/u);
    // A term's tooltip holds markup from its definition as text.
    const tip = graph.terms.find((term) => term.slug === "payload-phrase")!.tip;
    expect(tip).toContain("<img src=x onerror=");
    expect(graph.about.html).toContain('<span class="term-tip" role="tooltip" id="t-about-1">A phrase whose tip shows &#x3C;img src=x onerror=');
    // The alias "<b>payload</b>" is matched in text and linked as text.
    expect(graph.about.html).toContain('data-term="payload-phrase">&#x3C;b>payload&#x3C;/b></a>');
    // Text notes (Markdown inside YAML) are rendered and sanitised like digests.
    expect(graph.annotations[0]?.textNote?.html).toContain("<code>&#x3C;script>window.__pwned=1&#x3C;/script></code>, &#x3C;b>bold&#x3C;/b>");
  });

  it("keeps <b> and <script> in YAML strings as plain strings, which React escapes", () => {
    const graph = build().graph!;
    const topic = graph.topics.find((t) => t.slug === "hostile-mentions")!;
    expect(topic.title).toBe("Scope <b>bold</b> & <img src=x onerror=window.__pwned=1>");
    expect(graph.about.title).toBe("About <b>this</b> <script>window.__pwned=1</script>");
    const label = graph.articles.find((a) => a.number === 2)!.paragraphs.find((p) => p.pin === "2(3)")!.label!;
    expect(label).toBe("<img src=x onerror=window.__pwned=1>");
    const paraphrase = graph.annotations[0]!.paraphrase;
    for (const text of [topic.title, graph.about.title, label, paraphrase, graph.articles[1]!.summary]) {
      const markup = renderToStaticMarkup(createElement("h1", null, text));
      expect(markup).not.toMatch(/<(b|script|img)\b/u);
      expect(markup).toMatch(/&lt;(b|script|img)/u);
    }
  });
});

const cases = readdirSync(HOSTILE_CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Expectation = { fails: Array<{ path: string; line: number; column?: number; kind: string }> } | { renders: string[] };

describe("hostile cases (tests/fixtures/hostile/cases)", () => {
  it("has a catalogue of at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)("%s", (name) => {
    const expectation = JSON.parse(readFileSync(join(HOSTILE_CASES, name, "expect.json"), "utf8")) as Expectation;
    const outcome = build((root) => applyOverlay(join(HOSTILE_CASES, name, "overlay"), root));
    if ("fails" in expectation) {
      expectFailure(outcome, expectation.fails);
    } else {
      const all = expectInert(outcome).join("\n");
      for (const text of expectation.renders) expect(all).toContain(text);
    }
  });
});

describe("generated hostile files", () => {
  it("a 200 KB line of words renders, inert", () => {
    const outcome = build(writeAbout("word ".repeat(40_000) + "`<script>window.__pwned=1</script>`"));
    expectInert(outcome);
    expect(outcome.graph!.about.html.length).toBeGreaterThan(200_000);
  });

  it("a 250 KB line without spaces renders, inert", () => {
    const outcome = build(writeAbout("x".repeat(MAX_CONTENT_BYTES - 200)));
    expectInert(outcome);
    expect(outcome.graph!.about.html).toContain("x".repeat(1000));
  });

  it("a line of 4000 links renders, every address kept http(s)", () => {
    const outcome = build(writeAbout("[a](https://example.org/?q=1) ".repeat(4000)));
    const html = expectInert(outcome).join("\n");
    expect(html.match(/<a href="https:\/\/example\.org\/\?q=1">/gu)?.length).toBe(4000);
  });

  it("a 1 MB file fails with file-too-large at line 1", () => {
    const outcome = build(writeAbout("a".repeat(1024 * 1024)));
    expectFailure(outcome, [{ path: "content/about.md", line: 1, column: 1, kind: "file-too-large" }]);
  });

  it("a 200-level nested list renders, inert", { timeout: 20_000 }, () => {
    const list = Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1}`).join("\n");
    const outcome = build(writeAbout(list));
    expectInert(outcome);
    expect(outcome.graph!.about.html.match(/<ul>/gu)?.length).toBe(200);
  });

  it("a 200-level nested ordered list renders, inert", { timeout: 20_000 }, () => {
    const list = Array.from({ length: 200 }, (_, i) => `${"   ".repeat(i)}1. level ${i + 1}`).join("\n");
    const outcome = build(writeAbout(list));
    expectInert(outcome);
    expect(outcome.graph!.about.html.match(/<ol>/gu)?.length).toBe(200);
  });

  // 5 KB of ">" (well under the size limit) nests 5000 blockquotes; rendering recurses per level.
  it("5000 nested blockquotes fail with a positioned problem, not a crash", { timeout: 30_000 }, () => {
    const outcome = build(writeAbout(">".repeat(5000) + " deep"));
    expectFailure(outcome, [{ path: "content/about.md", line: 6, kind: "nesting-too-deep" }]);
  });

  it("3000 nested emphasis markers fail with a positioned problem, not a crash", { timeout: 30_000 }, () => {
    const outcome = build(writeAbout("*".repeat(3000) + "a" + "*".repeat(3000)));
    expectFailure(outcome, [{ path: "content/about.md", line: 6, kind: "nesting-too-deep" }]);
  });

  it("pathological emphasis (unclosed runs) renders, inert", () => {
    const outcome = build(writeAbout("*a **b ".repeat(5000) + "_c __d ".repeat(5000)));
    expectInert(outcome);
  });

  it("control characters fail with control-character at their line and column", () => {
    const body = ["Nul \u0000 here.", "A bell \u0007.", "Colour \u001b[31mred.", "Delete \u007f.", "Next line \u0085.", "CSI \u009b."].join("\n");
    const outcome = build(writeAbout(body));
    expectFailure(outcome, [
      { path: "content/about.md", line: 6, column: 5, kind: "control-character" },
      { path: "content/about.md", line: 7, column: 8, kind: "control-character" },
      { path: "content/about.md", line: 8, column: 8, kind: "control-character" },
      { path: "content/about.md", line: 9, column: 8, kind: "control-character" },
      { path: "content/about.md", line: 10, column: 11, kind: "control-character" },
      { path: "content/about.md", line: 11, column: 5, kind: "control-character" },
    ]);
  });

  it("a control character in front matter fails at its line", () => {
    const outcome = build((root) => writeFileSync(join(root, "content/about.md"), "---\ntitle: About\u0008\nsummary: S.\n---\n\nText.\n"));
    expectFailure(outcome, [{ path: "content/about.md", line: 2, column: 13, kind: "control-character" }]);
  });

  it.each([
    ["Latin-1", Buffer.concat([Buffer.from(ABOUT_HEAD + "Caf"), Buffer.from([0xe9]), Buffer.from(" au lait.\n")])],
    ["an overlong encoding of '/'", Buffer.concat([Buffer.from(ABOUT_HEAD + "A "), Buffer.from([0xc0, 0xaf]), Buffer.from(" slash.\n")])],
    ["a lone surrogate", Buffer.concat([Buffer.from(ABOUT_HEAD + "A "), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(" half.\n")])],
    ["UTF-16LE with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ABOUT_HEAD + "Text.\n", "utf16le")])],
    ["a truncated sequence at the end", Buffer.concat([Buffer.from(ABOUT_HEAD + "End "), Buffer.from([0xe2, 0x82])])],
  ])("a non-UTF-8 file (%s) fails with not-utf8", (_, bytes) => {
    const outcome = build(writeAbout(bytes));
    expectFailure(outcome, [{ path: "content/about.md", line: 1, column: 1, kind: "not-utf8" }]);
  });

  it("a UTF-8 byte-order mark and CRLF line endings are accepted", () => {
    const text = `\ufeff${ABOUT_HEAD}Windows line endings.\n\nSecond paragraph.\n`.replace(/\n/gu, "\r\n");
    const outcome = build(writeAbout(Buffer.from(text, "utf8")));
    expectInert(outcome);
    expect(outcome.graph!.about.html).toBe("<p>Windows line endings.</p>\n<p>Second paragraph.</p>");
  });
});
