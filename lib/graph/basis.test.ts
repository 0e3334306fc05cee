import { describe, expect, it } from "vitest";
import { articleBasis, BASIS_LABEL, explainBasis, paragraphBasis } from "./basis";

describe("basis", () => {
  it("derives the article's basis from its confidence and named text", () => {
    expect(articleBasis("high", "Arabic text of articles 1–15")).toEqual({ kind: "authentic-text", source: "Arabic text of articles 1–15" });
    expect(articleBasis("medium", "C4IR overview")).toEqual({ kind: "secondary-source", source: "C4IR overview" });
    expect(articleBasis("low", undefined)).toEqual({ kind: "recalled" });
  });

  it("marks an unchecked paragraph as recalled whatever its article rests on", () => {
    const article = articleBasis("medium", "C4IR overview");
    expect(paragraphBasis(article, true)).toBe(article);
    expect(paragraphBasis(article, false)).toEqual({ kind: "recalled" });
  });

  it("explains each kind in a sentence that names the text", () => {
    expect(explainBasis({ kind: "secondary-source", source: "C4IR overview" })).toMatch(/^The gist is confirmed by C4IR overview;/u);
    expect(explainBasis({ kind: "recalled" })).toMatch(/Cite the article/u);
    expect(Object.keys(BASIS_LABEL)).toEqual(["authentic-text", "secondary-source", "recalled", "official-numbering"]);
  });
});
