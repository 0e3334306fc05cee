/**
 * Pins the exact bytes `npm run content` writes for the real content: the SHA-256 of
 * .generated/graph.json and .generated/search-index.json must match tests/graph.sha256.
 *
 * A refactor of the compiler must leave both hashes alone. A change that is meant to alter the
 * output (new content, a new field, a different ranking) updates the file on purpose:
 *
 *     UPDATE_GRAPH_HASH=1 npx vitest run tests/unit/graph-hash.test.ts
 *
 * and the commit says why the output changed. The file is in `sha256sum` format, so
 * `cd .generated && sha256sum -c ../tests/graph.sha256` checks a local build by hand.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildContent } from "../../scripts/build-content";
import { REPO } from "./real-content";

const HASH_FILE = join(REPO, "tests/graph.sha256");
const OUTPUTS = ["graph.json", "search-index.json"] as const;
const UPDATE = process.env.UPDATE_GRAPH_HASH === "1";

const out = mkdtempSync(join(tmpdir(), "treaty-graph-hash-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** `<hex>  <name>` lines, as `sha256sum` prints them. */
function hashLines(dir: string): string {
  return OUTPUTS.map(
    (name) =>
      `${createHash("sha256")
        .update(readFileSync(join(dir, name)))
        .digest("hex")}  ${name}\n`,
  ).join("");
}

describe("the content build's output bytes", () => {
  // A whole content build: generous, because the machine may be busy (this asserts bytes, not speed).
  it("match tests/graph.sha256 (update only on purpose: UPDATE_GRAPH_HASH=1)", { timeout: 60_000 }, () => {
    const result = buildContent({ root: REPO, outDir: out });
    expect(result.ok, result.report.join("\n")).toBe(true);
    const actual = hashLines(out);
    if (UPDATE) writeFileSync(HASH_FILE, actual);
    const expected = readFileSync(HASH_FILE, "utf8");
    expect(
      actual,
      "graph.json or search-index.json changed. If this change is a refactor, it must not change the output: find the " +
        "difference. If the output is meant to change, run UPDATE_GRAPH_HASH=1 npx vitest run tests/unit/graph-hash.test.ts " +
        "and commit tests/graph.sha256 saying why.",
    ).toBe(expected);
  });
});
