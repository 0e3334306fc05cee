import { describe, expect, it } from "vitest";
import { describeSiblings, formatRange } from "./describe";

const official = new Set(["10", "2", "2(a)", "2(b)", "2(c)", "2(e)", "2(e)(i)", "2(e)(ii)", "28(1)", "28(2)", "28(3)", "14(1)", "14(1)(a)", "14(3)"]);

describe("describeSiblings", () => {
  it("names the paragraphs of the article when a paragraph is missing", () => {
    expect(describeSiblings("28(4)", official)).toBe("article 28 has paragraphs 1–3");
    expect(describeSiblings("14(2)", official)).toBe("article 14 has paragraphs 1 and 3");
  });

  it("says when an article has no paragraphs or items at that level", () => {
    expect(describeSiblings("10(1)", official)).toBe("article 10 has no paragraphs");
    expect(describeSiblings("2(1)", official)).toBe("article 2 has no paragraphs");
  });

  it("names the items or sub-items of the parent that exists", () => {
    expect(describeSiblings("2(d)", official)).toBe("article 2 has items (a), (b), (c) and (e)");
    expect(describeSiblings("2(e)(iii)", official)).toBe("2(e) has sub-items (i) and (ii)");
    expect(describeSiblings("14(1)(b)", official)).toBe("14(1) has item (a)");
  });

  it("climbs to the nearest ancestor the official text has", () => {
    expect(describeSiblings("28(4)(a)", official)).toBe("article 28 has paragraphs 1–3");
  });
});

describe("formatRange", () => {
  it("shortens three or more consecutive labels to a range", () => {
    const part = (key: string, order: number) => ({ kind: "letter", key, order });
    expect(formatRange([part("a", 1), part("b", 2), part("c", 3)])).toBe("(a)–(c)");
    expect(formatRange([part("a", 1), part("c", 3)])).toBe("(a) and (c)");
  });
});
