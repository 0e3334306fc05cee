import { describe, expect, it } from "vitest";
import { parseProvisions } from "./provisions";

const pins = (article: number, lines: string[]) => parseProvisions(article, lines).map((p) => p.pin);

describe("parseProvisions", () => {
  it("reads numbered paragraphs, lettered items and roman sub-items in sequence", () => {
    const lines = ["1. Each party shall:", "(a) tend the lantern:", "(i) by day;", "(ii) by night; and", "(b) keep the ledger.", "2. The parties may agree."];
    expect(pins(14, lines)).toEqual(["14(1)", "14(1)(a)", "14(1)(a)(i)", "14(1)(a)(ii)", "14(1)(b)", "14(2)"]);
  });

  it("keeps the words introducing an article of lettered items as the article's own provision", () => {
    expect(parseProvisions(2, ["For these purposes:", "(a) amber means a thing;", "(b) quill means another."])).toEqual([
      { pin: "2", text: "For these purposes:" },
      { pin: "2(a)", text: "amber means a thing;" },
      { pin: "2(b)", text: "quill means another." },
    ]);
  });

  it("keeps an unnumbered article whole", () => {
    expect(parseProvisions(10, ["Each party shall tend the lantern", "and keep the ledger."])).toEqual([
      { pin: "10", text: "Each party shall tend the lantern and keep the ledger." },
    ]);
  });

  it("reads (i) after (h) as the letter i, unless (h) ends with a colon", () => {
    const base = ["Terms:", "(a) a;", "(b) b;", "(c) c;", "(d) d;", "(e) e;", "(f) f;", "(g) g;"];
    expect(pins(2, [...base, "(h) h;", "(i) i;", "(j) j."]).slice(-3)).toEqual(["2(h)", "2(i)", "2(j)"]);
    expect(pins(2, [...base, "(h) h:", "(i) one;", "(ii) two;", "(i) i."]).slice(-4)).toEqual(["2(h)", "2(h)(i)", "2(h)(ii)", "2(i)"]);
  });

  it("reads (v) as the roman five after (iv) and as the letter v after (u)", () => {
    const romans = ["1. Items:", "(a) the list:", "(i) one;", "(ii) two;", "(iii) three;", "(iv) four;", "(v) five."];
    expect(pins(5, romans).at(-1)).toBe("5(1)(a)(v)");
    const letters = ["Terms:", ..."abcdefghijklmnopqrstu".split("").map((l) => `(${l}) ${l};`), "(v) v."];
    expect(pins(2, letters).at(-1)).toBe("2(v)");
  });

  it("does not take a wrapped line that begins with a reference for a new item or paragraph", () => {
    const lines = ["1. The parties shall apply paragraph 2", "(a) of this article to the ledger, as in article", "3. of the annex.", "2. They may agree."];
    expect(parseProvisions(7, lines)).toEqual([
      { pin: "7(1)", text: "The parties shall apply paragraph 2 (a) of this article to the ledger, as in article 3. of the annex." },
      { pin: "7(2)", text: "They may agree." },
    ]);
  });

  it("joins a compound broken at its hyphen without a space", () => {
    expect(parseProvisions(9, ["1. The cross-", "border ledger."])[0]!.text).toBe("The cross-border ledger.");
  });
});
