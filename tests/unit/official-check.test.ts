import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { generatedOfficial } from "../../lib/official/generated";
import type { OfficialText } from "../../lib/official/schema";
import { buildContent } from "../../scripts/build-content";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";
import { runImport } from "../../scripts/import-official";
import { buildModel, contentPins, officialFromModel, readStructure, syntheticDocument, withoutProvision } from "../official/synthetic";
import { REPO, SHARED } from "./real-content";

/** Copies content/ without a deployer's own content/official/, which this worktree may hold. */
const withoutOfficial = (path: string) => !path.startsWith(resolve(REPO, "content", "official"));

const rows = readStructure(resolve(SHARED, "treaty/structure.tsv"));
const pins = contentPins(resolve(REPO, "content"));
const model = buildModel(rows, pins);
const files = readContentFiles(resolve(REPO, "content"), REPO, new ProblemList());
const sources = readSharedSources(resolve(SHARED, "sources"));

const compileWith = (text: OfficialText) => compileContent({ files, sources, official: { text, path: "content/official/en.json" } });
const edited = (edit: (text: OfficialText) => void) => {
  const text = structuredClone(officialFromModel(model));
  edit(text);
  return text;
};

describe("checking content/ against the official text", () => {
  it("passes when every article and digest pinpoint matches, and reports the official paragraphs no digest covers", { timeout: 60_000 }, () => {
    const result = compileWith(officialFromModel(model));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const report = result.official!;
    expect(new Set(report.checked)).toEqual(new Set(pins));
    const official = model.articles.flatMap((a) => a.provisions.map((p) => p.pin)).filter((pin) => pin.includes("("));
    expect(report.provisions).toBe(official.length);
    expect(report.uncovered).toEqual(official.filter((pin) => !pins.includes(pin)));
    expect(report.uncovered).toContain("40(1)");
    expect(report.uncovered).not.toContain("28(4)");
  });

  it("fails on a digest pinpoint the official text lacks, naming it and what the article has", () => {
    const result = compileWith(officialFromModel(withoutProvision(model, "28(4)")));
    expect(result.graph).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      "content/articles/28.md:29:1 not-in-official-text: pinpoint 28(4) is not in the official text (article 28 has paragraphs 1–3) (Check the numbering against content/official/en.json; fix the pinpoint or remove the block.)",
    ]);
  });

  it("says which sub-items exist when a roman item is missing", () => {
    const result = compileWith(officialFromModel(withoutProvision(model, "2(f)(iii)")));
    expect(result.problems.map((p) => p.message)).toEqual(["pinpoint 2(f)(iii) is not in the official text (2(f) has sub-items (i) and (ii))"]);
  });

  it("fails on an article whose title or chapter differs from the official text, at the front-matter field", () => {
    const text = edited((t) => {
      t.articles[27]!.title = "Invented other title";
      t.articles[6]!.chapter = "III";
    });
    expect(compileWith(text).problems.map((p) => `${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([
      'content/articles/28.md:3:8 title-mismatch: article 28 is titled "Invented other title" in the official text, not "Search and seizure of stored electronic data"',
      "content/articles/7.md:4:10 official-mismatch: article 7 is in chapter III of the official text, not II",
    ]);
  });

  it("fails on a chapter title that differs and on an official article content/ lacks", () => {
    const text = edited((t) => {
      t.chapters[0]!.title = "Invented chapter";
      t.articles.push({ number: 69, chapter: "IX", title: "Invented", provisions: [{ pin: "69", text: "Invented." }] });
    });
    expect(compileWith(text).problems.map((p) => `${p.path}:${p.line} ${p.kind}: ${p.message}`)).toEqual([
      'content/chapters.yaml:2 title-mismatch: chapter I is titled "Invented chapter" in the official text, not "General provisions"',
      "content/official/en.json:1 official-mismatch: the official text has article 69 (Invented), which content/articles lacks",
    ]);
  });
});

describe("npm run content with an official text", () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const tree = () => {
    const root = mkdtempSync(join(tmpdir(), "treaty-official-build-"));
    temps.push(root);
    cpSync(resolve(REPO, "content"), join(root, "content"), { recursive: true, filter: withoutOfficial });
    return root;
  };
  const build = (root: string) => buildContent({ root, sourcesDir: resolve(SHARED, "sources") });

  it("writes .generated/official.json beside an unchanged graph.json, prints the coverage, and removes it when the text is gone", () => {
    const root = tree();
    expect(build(root).ok).toBe(true);
    const graph = readFileSync(join(root, ".generated", "graph.json"));
    expect(existsSync(join(root, ".generated", "official.json"))).toBe(false);

    mkdirSync(join(root, "content", "official"));
    writeFileSync(join(root, "content", "official", "en.json"), JSON.stringify(officialFromModel(model)));
    const withText = build(root);
    expect(withText.ok).toBe(true);
    expect(withText.report[1]).toMatch(
      /^official text: content\/official\/en\.json \(synthetic\.pdf, imported 2026-12-03\): articles, chapters and titles match; 93 digest pinpoints checked; 93 of \d+ official paragraphs and items have a digest paragraph; none for:$/u,
    );
    expect(withText.report.slice(2).join(" ")).toContain("40(1)–(20)");
    expect(readFileSync(join(root, ".generated", "graph.json")).equals(graph)).toBe(true);
    const generated = generatedOfficial.parse(JSON.parse(readFileSync(join(root, ".generated", "official.json"), "utf8")));
    expect(generated.text.articles).toHaveLength(68);

    rmSync(join(root, "content", "official"), { recursive: true });
    expect(build(root).ok).toBe(true);
    expect(existsSync(join(root, ".generated", "official.json"))).toBe(false);
  }, 60_000);

  it("fails naming the pinpoint when the imported PDF lacks one a digest uses, and writes nothing", async () => {
    const root = tree();
    expect(build(root).ok).toBe(true);
    const before = readFileSync(join(root, ".generated", "graph.json"));
    const file = join(root, "missing-28-4.pdf");
    writeFileSync(file, await syntheticDocument(withoutProvision(model, "28(4)")).pdf());
    const imported = await runImport({ root, file });
    expect(imported.ok, imported.report.join("\n")).toBe(true);
    const result = build(root);
    expect(result.ok).toBe(false);
    expect(result.report).toEqual([
      "content/articles/28.md:29:1 not-in-official-text: pinpoint 28(4) is not in the official text (article 28 has paragraphs 1–3) (Check the numbering against content/official/en.json; fix the pinpoint or remove the block.)",
      "content: 1 problem; nothing was written",
    ]);
    expect(readFileSync(join(root, ".generated", "graph.json")).equals(before)).toBe(true);
    expect(existsSync(join(root, ".generated", "official.json"))).toBe(false);
  }, 120_000);
});
