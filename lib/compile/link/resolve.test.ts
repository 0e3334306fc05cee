import { describe, expect, it } from "vitest";
import { parsePinpoint } from "../../pinpoint";
import { indexProvisions } from "./articles";
import { createResolver } from "./resolve";
import { BASE_FILES, tinyContext } from "./testing";

const resolver = createResolver(indexProvisions(tinyContext(BASE_FILES)));
const provision = (text: string) => ({ kind: "provision" as const, pin: parsePinpoint(text)! });

describe("createResolver", () => {
  it("gives the URL of a chapter, an article and a paragraph that exist", () => {
    expect(resolver.urlOf({ kind: "chapter", numeral: "II" })).toBe("/chapters/ii");
    expect(resolver.urlOf(provision("2"))).toBe("/articles/2");
    expect(resolver.urlOf(provision("1(a)"))).toBe("/articles/1#a");
    expect(resolver.urlOf(provision("2(1)"))).toBe("/articles/2#p1");
  });

  it("gives nothing for what does not exist, a paragraph without a block included", () => {
    expect(resolver.urlOf({ kind: "chapter", numeral: "III" })).toBeUndefined();
    expect(resolver.urlOf(provision("3"))).toBeUndefined();
    expect(resolver.urlOf(provision("2(2)"))).toBeUndefined();
  });

  it("knows which provisions exist, the treaty and preamble always", () => {
    expect(["treaty", "preamble", "1", "1(a)", "2(1)"].map(resolver.exists)).toEqual([true, true, true, true, true]);
    expect(["9", "1(b)", "not a pinpoint", ""].map(resolver.exists)).toEqual([false, false, false, false]);
  });
});
