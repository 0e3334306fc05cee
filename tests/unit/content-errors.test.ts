/**
 * The error-fixture catalogue: each folder of tests/fixtures/errors/ breaks a copy of the minimal
 * fixture in one way, and its expected.txt holds the exact report lines the build must print.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROBLEM_KINDS } from "../../lib/compile/problems";
import { buildContent } from "../../scripts/build-content";
import { applyOverlay, copyMinimal, ERROR_FIXTURES, filesUnder } from "./fixture-tree";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp copy of the minimal fixture, removed after the test. */
function tree(): { root: string; out: string } {
  const { dir, root } = copyMinimal();
  temps.push(dir);
  return { root, out: join(dir, "out") };
}

function build(root: string, out: string, sourcesDir = "sources") {
  return buildContent({ root, sourcesDir, outDir: out });
}

function summary(count: number): string {
  return `content: ${count} problem${count === 1 ? "" : "s"}; nothing was written`;
}

const kinds = readdirSync(ERROR_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function expectedLines(kind: string): string[] {
  return readFileSync(join(ERROR_FIXTURES, kind, "expected.txt"), "utf8")
    .split("\n")
    .filter((line) => line.length > 0);
}

describe("the minimal fixture", () => {
  it("builds with no problems and writes both outputs", () => {
    const { root, out } = tree();
    const result = build(root, out);
    expect(result.report).toHaveLength(1);
    expect(result.report[0]).toMatch(/^content: chapters 2, articles 2, paragraphs 4, /u);
    expect(result.ok).toBe(true);
    expect(filesUnder(out)).toEqual(["graph.json", "search-index.json"]);
  });
});

describe("error-fixture catalogue", () => {
  it("covers at least 15 distinct kinds, each a kind the compiler knows", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(15);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of kinds) expect(Object.keys(PROBLEM_KINDS), `folder ${kind}`).toContain(kind);
  });

  it("gives every folder an overlay and a non-empty expected.txt of its own kind", () => {
    for (const kind of kinds) {
      expect(filesUnder(join(ERROR_FIXTURES, kind, "overlay")).length, `${kind}/overlay`).toBeGreaterThan(0);
      const lines = expectedLines(kind);
      expect(lines.length, `${kind}/expected.txt`).toBeGreaterThan(0);
      for (const line of lines) expect(line, `${kind}/expected.txt`).toMatch(new RegExp(`^content/\\S+:\\d+:\\d+ ${kind}: .+ \\(.+\\)$`, "u"));
    }
  });

  it.each(kinds)("%s: reports exactly the expected lines and writes nothing", (kind) => {
    const { root, out } = tree();
    applyOverlay(join(ERROR_FIXTURES, kind, "overlay"), root);
    const expected = expectedLines(kind);
    const result = build(root, out);
    expect(result.ok).toBe(false);
    expect(result.report.slice(0, -1)).toEqual(expected);
    expect(result.report.at(-1)).toBe(summary(expected.length));
    expect(existsSync(out)).toBe(false);
  });
});

describe("a failed build", () => {
  it("leaves the previous outputs byte-identical and no temp files behind", () => {
    const { root, out } = tree();
    expect(build(root, out).ok).toBe(true);
    const graph = readFileSync(join(out, "graph.json"));
    const search = readFileSync(join(out, "search-index.json"));
    expect(graph.byteLength).toBeGreaterThan(0);

    applyOverlay(join(ERROR_FIXTURES, "unknown-reference", "overlay"), root);
    const result = build(root, out);
    expect(result.ok).toBe(false);
    expect(result.report.at(-1)).toBe(summary(1));
    expect(readFileSync(join(out, "graph.json")).equals(graph)).toBe(true);
    expect(readFileSync(join(out, "search-index.json")).equals(search)).toBe(true);
    expect(filesUnder(out)).toEqual(["graph.json", "search-index.json"]);
  });

  it("reports every problem of every file in one run, sorted by path, then position", () => {
    const { root, out } = tree();
    // Problems from every stage: decoding (bell.md), loading (2.md's pin, 1.md's directive) and linking.
    for (const kind of ["control-character", "unknown-source", "invalid-pinpoint"]) applyOverlay(join(ERROR_FIXTURES, kind, "overlay"), root);
    const article1 = readFileSync(join(root, "content/articles/1.md"), "utf8")
      .replace("topics: [scope]", "topics: [scope, privacy]")
      .concat("\n:::note\nA side note.\n:::\n");
    writeFileSync(join(root, "content/articles/1.md"), article1);

    const result = build(root, out);
    expect(result.ok).toBe(false);
    expect(result.report.map((line) => line.replace(/ \(.*\)$/u, ""))).toEqual([
      'content/articles/1.md:6:17 unknown-topic: no topic "privacy"',
      'content/articles/1.md:21:1 unknown-directive: unknown directive ":note"',
      'content/articles/2.md:21:1 invalid-pinpoint: "2.3" is not a pinpoint like 28(4) or 2(h)',
      'content/timeline.yaml:5:13 unknown-source: no source "missing-source"',
      "content/topics/bell.md:6:10 control-character: control character U+0007",
      summary(5),
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("without the shared sources folder", () => {
  it("builds, says quotes were not checked, and does not check quotes or source lines", () => {
    const { root, out } = tree();
    applyOverlay(join(ERROR_FIXTURES, "quote-not-found", "overlay"), root);
    const result = build(root, out, "no-such-sources-dir");
    expect(result.ok).toBe(true);
    expect(result.report).toHaveLength(1);
    expect(result.report[0]).toContain("(../shared/sources absent: quotes not checked)");
    const graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as { annotations: Array<{ id: string; quote?: string }> };
    expect(graph.annotations).toEqual([expect.objectContaining({ id: "doe-threshold", quote: "four years is much too low" })]);
  });

  it("still fails on the same tree when the sources are present", () => {
    const { root, out } = tree();
    applyOverlay(join(ERROR_FIXTURES, "quote-not-found", "overlay"), root);
    expect(build(root, out).ok).toBe(false);
  });
});
