import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { collectMessages } from "./messages";
import { ProblemList } from "./problems";

const lines = (problems: ProblemList) => problems.items.map((p) => `${p.path}:${p.line}:${p.column} ${p.kind}: ${p.message}`);

describe("collectMessages", () => {
  it("reports each message at its own place, its ruleId as the kind", () => {
    const file = new VFile({ path: "a.md" });
    file.message("raw HTML is not allowed", { place: { line: 3, column: 5 }, ruleId: "raw-html" });
    file.message("no place given", { ruleId: "unsafe-link" });
    const problems = new ProblemList();
    collectMessages("content/a.md", file, problems);
    expect(lines(problems)).toEqual(["content/a.md:3:5 raw-html: raw HTML is not allowed", "content/a.md:1:1 unsafe-link: no place given"]);
  });

  it("files a message whose ruleId is no problem kind as invalid-field", () => {
    const file = new VFile();
    file.message("from some other plugin", { place: { line: 2, column: 1 }, ruleId: "made-up-rule" });
    file.message("no rule at all", { place: { line: 4, column: 1 } });
    const problems = new ProblemList();
    collectMessages("b.md", file, problems);
    expect(problems.items.map((problem) => problem.kind)).toEqual(["invalid-field", "invalid-field"]);
  });

  it("puts every message at one field when given a place (Markdown held in YAML)", () => {
    const file = new VFile();
    file.message("images are not allowed in digests", { place: { line: 1, column: 3 }, ruleId: "image-not-allowed" });
    const problems = new ProblemList();
    collectMessages("c.yaml", file, problems, { line: 12, column: 15 });
    expect(lines(problems)).toEqual(["c.yaml:12:15 image-not-allowed: images are not allowed in digests"]);
  });
});
