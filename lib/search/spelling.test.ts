import { describe, expect, it } from "vitest";
import { correctFirstLetter, correctWord, editDistance, queryTokens, splitJoined } from "./spelling";
import { MAX_QUERY_TOKENS, tokenize } from "./text";
import { buildVocabulary } from "./vocabulary";

const vocabulary = buildVocabulary(
  new Map([
    ["extradition", 3],
    ["extraction", 1],
    ["security", 4],
    ["research", 2],
    ["researcher", 1],
    ["wyden", 2],
    ["human", 5],
    ["rights", 5],
    ["ashton", 2],
    ["hart", 2],
    ["crime", 9],
    ["crimes", 1],
    ["us", 3],
  ]),
);

const words = (query: string) => queryTokens(vocabulary, tokenize(query)).map((q) => q.t);

describe("editDistance", () => {
  it("counts a swap of two neighbouring letters as one edit", () => {
    expect(editDistance("extradtiion", "extradition")).toBe(1);
    expect(editDistance("crime", "crmie")).toBe(1);
  });

  it("stops early and answers max + 1 once the distance is over max", () => {
    expect(editDistance("security", "extradition", 2)).toBe(3);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("correctWord", () => {
  it("corrects a one-letter typo to the vocabulary word", () => {
    expect(correctWord(vocabulary, "extradtion", false)).toBe("extradition");
    expect(correctWord(vocabulary, "securty", false)).toBe("security");
  });

  it("allows only one edit in words of five letters or fewer", () => {
    expect(correctWord(vocabulary, "crmie", false)).toBe("crime");
    expect(correctWord(vocabulary, "cxmie", false)).toBeUndefined();
  });

  it("prefers the more frequent of two equally near words", () => {
    // One edit from both "crime" (9 occurrences) and "crimes" (1).
    expect(correctWord(vocabulary, "crimex", false)).toBe("crime");
  });

  it("trusts the first letter, or a swap of the first two", () => {
    expect(correctWord(vocabulary, "xtradition", false)).toBeUndefined();
    expect(correctWord(vocabulary, "xetradition", false)).toBe("extradition");
  });

  it("reads the last word as the misspelt start of a longer word", () => {
    expect(correctWord(vocabulary, "extrad", false)).toBeUndefined();
    expect(correctWord(vocabulary, "exrtadi", true)).toBe("extradition");
  });
});

describe("correctFirstLetter", () => {
  it("finds a word with a missing, wrong or extra first letter", () => {
    expect(correctFirstLetter(vocabulary, "xtradition")).toBe("extradition");
    expect(correctFirstLetter(vocabulary, "ixtradition")).toBe("extradition");
    expect(correctFirstLetter(vocabulary, "wextradition")).toBe("extradition");
    expect(correctFirstLetter(vocabulary, "yden")).toBe("wyden");
  });

  it("changes nothing but the first letter", () => {
    expect(correctFirstLetter(vocabulary, "xtradiiton")).toBeUndefined();
    expect(correctFirstLetter(vocabulary, "wydne")).toBeUndefined();
  });
});

describe("splitJoined", () => {
  it("splits two words run together", () => {
    expect(splitJoined(vocabulary, "humanrights", false)).toEqual(["human", "rights"]);
    expect(splitJoined(vocabulary, "ashtonhart", false)).toEqual(["ashton", "hart"]);
  });

  it("lets the last word's second half be the start of a word", () => {
    expect(splitJoined(vocabulary, "humanrig", false)).toBeUndefined();
    expect(splitJoined(vocabulary, "humanrig", true)).toEqual(["human", "rig"]);
  });

  it("never splits off a stop word or a part under three letters", () => {
    expect(splitJoined(vocabulary, "thecrime", false)).toBeUndefined();
    expect(splitJoined(vocabulary, "uscrime", false)).toBeUndefined();
  });
});

describe("queryTokens", () => {
  it("leaves known words, prefixes of known words, numbers and short words as typed", () => {
    const tokens = queryTokens(vocabulary, tokenize("crime secur 2019 xyz"));
    expect(tokens.map((q) => [q.t, q.corrected])).toEqual([
      ["crime", false],
      ["secur", false],
      ["2019", false],
      ["xyz", false],
    ]);
  });

  it("corrects first by the first letter, then by splitting, then anywhere", () => {
    expect(words("securty reserch")).toEqual(["security", "research"]);
    expect(words("humanrights")).toEqual(["human", "rights"]);
    expect(words("xtradition")).toEqual(["extradition"]);
  });

  it("marks corrected words, and lets only the last one be a prefix", () => {
    const [first, second] = queryTokens(vocabulary, tokenize("securty reserch"));
    expect(first).toMatchObject({ t: "security", corrected: true, prefix: false });
    expect(second).toMatchObject({ t: "research", corrected: true, prefix: true });
  });

  it("counts stop words only when the query has other words", () => {
    expect(queryTokens(vocabulary, tokenize("of the crime")).map((q) => q.stop)).toEqual([true, true, false]);
    expect(queryTokens(vocabulary, tokenize("of the")).map((q) => q.stop)).toEqual([false, false]);
  });

  it("corrects at most six words of one query", () => {
    const tokens = queryTokens(vocabulary, tokenize("crimx ".repeat(8)));
    expect(tokens.filter((q) => q.corrected)).toHaveLength(6);
  });

  it("never returns more words than MAX_QUERY_TOKENS, even after splitting", () => {
    const query = Array.from({ length: MAX_QUERY_TOKENS }, () => "humanrights").join(" ");
    expect(queryTokens(vocabulary, tokenize(query))).toHaveLength(MAX_QUERY_TOKENS);
  });
});
