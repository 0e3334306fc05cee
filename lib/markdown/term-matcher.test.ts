import { describe, expect, it } from "vitest";
import { buildTermMatcher } from "./term-matcher";

const matcher = buildTermMatcher([
  { slug: "serious-crime", forms: ["serious crime", "serious crimes", "serious offence"] },
  { slug: "ict-system", forms: ["ICT system", "ICT systems"] },
  { slug: "system", forms: ["system"] },
  { slug: "data", forms: ["data"] },
]);

/** [matched text, slug] for each match. */
function find(text: string, m = matcher): Array<[string, string]> {
  return m.find(text).map((match) => [text.slice(match.start, match.end), match.slug]);
}

describe("buildTermMatcher", () => {
  it("finds every form with its offsets and slug", () => {
    const text = "A serious offence uses data.";
    expect(matcher.find(text)).toEqual([
      { start: 2, end: 17, slug: "serious-crime" },
      { start: 23, end: 27, slug: "data" },
    ]);
  });

  it("matches case-insensitively and keeps the text as written", () => {
    expect(find("SERIOUS CRIME and Serious Crimes")).toEqual([
      ["SERIOUS CRIME", "serious-crime"],
      ["Serious Crimes", "serious-crime"],
    ]);
  });

  it("prefers the longest form: plurals and multi-word terms win", () => {
    expect(find("Two serious crimes on an ICT system, not a system.")).toEqual([
      ["serious crimes", "serious-crime"],
      ["ICT system", "ict-system"],
      ["system", "system"],
    ]);
  });

  it("matches whole words only", () => {
    expect(find("metadata, databases, subsystems, systemic, data2, ädata")).toEqual([]);
    expect(find("(data), data. «data»")).toEqual([
      ["data", "data"],
      ["data", "data"],
      ["data", "data"],
    ]);
  });

  it("escapes forms that contain regular-expression characters", () => {
    const special = buildTermMatcher([
      { slug: "cpp", forms: ["C++"] },
      { slug: "dot", forms: ["a.b"] },
    ]);
    expect(find("C++ and a.b", special)).toEqual([
      ["C++", "cpp"],
      ["a.b", "dot"],
    ]);
    expect(find("Cxx and axb", special)).toEqual([]);
  });

  it("finds nothing when there are no terms", () => {
    expect(buildTermMatcher([]).find("anything at all")).toEqual([]);
  });

  it("can be used again: no state is kept between calls", () => {
    expect(find("data")).toHaveLength(1);
    expect(find("data")).toHaveLength(1);
  });

  it("finds forms that start with a digit or a symbol, at word boundaries only", () => {
    const m = buildTermMatcher([
      { slug: "network", forms: ["24/7 network"] },
      { slug: "hash", forms: ["#tag"] },
    ]);
    expect(find("A 24/7 network and #tag, not 124/7 network or a#tag.", m)).toEqual([
      ["24/7 network", "network"],
      ["#tag", "hash"],
    ]);
  });

  it("treats letters outside the Basic Multilingual Plane as word characters", () => {
    expect(find("𝐀data data")).toEqual([["data", "data"]]);
  });

  it("gives the same matches whatever other terms share a first word", () => {
    const many = buildTermMatcher([
      ...Array.from({ length: 2000 }, (_, i) => ({ slug: `t${i}`, forms: [`serious thing ${i}`] })),
      { slug: "serious-crime", forms: ["serious crime"] },
    ]);
    expect(find("A serious crime; a serious thing 1999.", many)).toEqual([
      ["serious crime", "serious-crime"],
      ["serious thing 1999", "t1999"],
    ]);
  });
});
