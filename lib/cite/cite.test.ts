import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { openDataHref } from "../graph/hrefs";
import { testGraph } from "../graph/test-graph";
import { parsePinpoint } from "../pinpoint";
import type { ClauseGraph } from "../schema/graph";
import { cslItem, cslTreatyItem } from "./csl";
import { bluebookDate, dateParts, dayMonthYear } from "./dates";
import { citationFile } from "./files";
import { citationPath } from "./provision";
import { citationKey, citationStrings, citedTitle } from "./styles";
import { citationTargets } from "./targets";

const treaty: ClauseGraph["treaty"] = {
  ...testGraph().treaty,
  title: "United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes",
  shortTitle: "UN Convention against Cybercrime",
  adopted: "2024-12-24",
  documentSymbol: "A/RES/79/243",
  signature: { opened: "2025-10-25", place: "Hanoi", closes: "2026-12-31" },
};
const pin = (text: string) => parsePinpoint(text)!;

describe("citation strings", () => {
  it("cite a pinpoint in the plain, OSCOLA-like and Bluebook-like styles", () => {
    expect(citationStrings(treaty, pin("28(4)"), "https://example.org/articles/28#p4")).toEqual({
      plain: "UN Convention against Cybercrime, art. 28(4), https://example.org/articles/28#p4",
      oscola: "United Nations Convention against Cybercrime (adopted 24 December 2024, opened for signature 25 October 2025) UN Doc A/RES/79/243, art 28(4)",
      bluebook: "United Nations Convention against Cybercrime art. 28(4), Dec. 24, 2024, U.N. Doc. A/RES/79/243.",
    });
  });

  it("cite a whole article and deep items in the treaty's own notation", () => {
    expect(citationStrings(treaty, { article: 28 }, "u").bluebook).toBe(
      "United Nations Convention against Cybercrime art. 28, Dec. 24, 2024, U.N. Doc. A/RES/79/243.",
    );
    expect(citationStrings(treaty, pin("11(1)(a)(ii)"), "u").oscola).toMatch(/, art 11\(1\)\(a\)\(ii\)$/u);
    expect(citationStrings(treaty, pin("2(h)"), "u").plain).toBe("UN Convention against Cybercrime, art. 2(h), u");
  });

  it("cite the title before the semicolon, and the short title when there is none before it", () => {
    expect(citedTitle(treaty)).toBe("United Nations Convention against Cybercrime");
    expect(citedTitle({ ...treaty, title: "; odd" })).toBe("UN Convention against Cybercrime");
  });

  it("write dates at the precision known, in each style's form", () => {
    expect([dayMonthYear("2024-12-24"), dayMonthYear("2024-07"), dayMonthYear("2024")]).toEqual(["24 December 2024", "July 2024", "2024"]);
    expect([bluebookDate("2025-09-05"), bluebookDate("2024-06"), bluebookDate("2024")]).toEqual(["Sept. 5, 2025", "June 2024", "2024"]);
    expect([dateParts("2024-12-24"), dateParts("2024")]).toEqual([[[2024, 12, 24]], [[2024]]]);
  });

  it("make keys that BibTeX keeps as they are", () => {
    expect(citationKey(pin("11(1)(a)(ii)"))).toBe("UNCC_art11_1_a_ii");
    expect(citationKey({ article: 5 })).toBe("UNCC_art5");
  });
});

describe("citation files (citation-js)", () => {
  const cases = ["28", "28(4)", "2(h)", "11(1)(a)(ii)"];

  it.each(cases)("%s: BibLaTeX, RIS and CSL-JSON read back into the same title, pinpoint and URL", (text) => {
    const url = `https://example.org${citationPath(text)}`;
    const item = cslItem(treaty, pin(text), url);
    expect(cslTreatyItem.parse(item)).toEqual(item);
    for (const format of ["bib", "ris", "json"] as const) {
      const [back] = new Cite(citationFile(item, format).body).data;
      expect(back, format).toMatchObject({ title: "United Nations Convention against Cybercrime", section: `art. ${text}`, URL: url });
    }
  });

  it("write BibLaTeX as a @legal entry keyed by the provision, and CSL-JSON as a treaty", () => {
    const item = cslItem(treaty, pin("28(4)"), "https://example.org/articles/28#p4");
    expect(citationFile(item, "bib").body).toMatch(/^@legal\{UNCC_art28_4,/u);
    expect(JSON.parse(citationFile(item, "json").body)).toEqual([item]);
    expect(citationFile(item, "ris").body).toMatch(/^SE {2}- art\. 28\(4\)$/mu);
  });

  it("publish a file in each format for every article and paragraph", () => {
    const graph = testGraph();
    const targets = citationTargets(graph);
    expect(targets).toHaveLength((graph.articles.length + 4) * 3);
    expect(targets.filter((t) => t.pin === "2(1)(a)").map((t) => t.file)).toEqual(["2-1-a.bib", "2-1-a.ris", "2-1-a.json"]);
    expect(openDataHref.citation("2(1)(a)", "ris")).toBe("/cite/articles/2-1-a.ris");
  });
});
