import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSearchState, searchStateHref } from "../../lib/search/url-state";
import { SEARCH_KINDS } from "../../lib/search/kinds";

describe("search URL state", () => {
  it("reads q, kind and group", () => {
    expect(readSearchState("?q=serious+crime&kind=term&group=technology-industry")).toEqual({ q: "serious crime", kind: "term", group: "technology-industry" });
    expect(readSearchState("")).toEqual({ q: "" });
  });

  it("ignores unknown kinds and malformed groups", () => {
    expect(readSearchState("?q=x&kind=weird&group=%3Cscript%3E")).toEqual({ q: "x" });
  });

  it("writes only what is set", () => {
    expect(searchStateHref({ q: "" })).toBe("/search");
    expect(searchStateHref({ q: "28(4)", kind: "provision" })).toBe("/search?q=28%284%29&kind=provision");
  });

  it("round-trips any query and filter", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.option(fc.constantFrom(...SEARCH_KINDS), { nil: undefined }),
        fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/u), { nil: undefined }),
        (q, kind, group) => {
          const state = { q, ...(kind ? { kind } : {}), ...(group ? { group } : {}) };
          const href = searchStateHref(state);
          expect(readSearchState(href.slice("/search".length))).toEqual(state);
        },
      ),
    );
  });

  it("never throws on lone surrogates", () => {
    expect(() => searchStateHref({ q: "\uD800x" })).not.toThrow();
    expect(readSearchState(searchStateHref({ q: "\uD800x" }).slice("/search".length)).q).toBe("\uFFFDx");
  });
});
