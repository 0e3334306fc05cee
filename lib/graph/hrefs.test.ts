import { describe, expect, it } from "vitest";
import { fileNameOf, href, openDataHref, pinFromPath, pinpointFromPathSegments, sitePageOf } from "./hrefs";

describe("the URL scheme (published promises)", () => {
  it("keeps the article and pinpoint addresses of DESIGN.md", () => {
    expect(href.article(28)).toBe("/articles/28");
    expect(href.pinpoint("28(4)")).toBe("/articles/28#p4");
    expect(href.pinpoint("2(h)")).toBe("/articles/2#h");
    expect(href.pinpoint("11(1)(a)(ii)")).toBe("/articles/11#p1-a-ii");
    expect(href.pinpoint("28")).toBe("/articles/28");
    expect(href.pinpointPage("28(4)")).toBe("/articles/28/4");
    expect(href.pinpointPage("2(h)")).toBe("/articles/2/h");
    expect(href.pinpointPage("40(21)(b)")).toBe("/articles/40/21/b");
  });

  it("puts the lens in the query and the anchor last", () => {
    expect(href.article(5, { lens: "technology-industry", anchor: "p2" })).toBe("/articles/5?lens=technology-industry#p2");
    expect(href.search("serious crime")).toBe("/search?q=serious%20crime");
  });

  it("sends groups to their page and members to a section of their group's page", () => {
    expect(href.stakeholder({ id: "ngos", group: "ngos" })).toBe("/stakeholders/ngos");
    expect(href.stakeholder({ id: "ngos", group: "ngos" }, "art-3")).toBe("/stakeholders/ngos#art-3");
    expect(href.stakeholder({ id: "hrw", group: "ngos", parent: "ngos" })).toBe("/stakeholders/ngos#hrw");
    expect(href.chapter("IV")).toBe("/chapters/iv");
    expect(href.source("src", "ann-1")).toBe("/sources/src#ann-1");
  });

  it("reads pinpoint page paths back", () => {
    expect(pinFromPath(11, ["1", "a", "ii"])).toBe("11(1)(a)(ii)");
    expect(pinFromPath(2, ["h"])).toBe("2(h)");
    expect(pinpointFromPathSegments(28, [])).toEqual({ article: 28 });
    expect(pinFromPath(28, ["x", "y", "z"])).toBeUndefined();
  });

  it("rejects a malformed pinpoint rather than making a broken URL", () => {
    expect(() => href.pinpoint("twenty")).toThrow();
    expect(() => href.pinpointPage("2(")).toThrow();
  });

  it("gives every citation file, data file and the feed one address", () => {
    expect(openDataHref.citation("28", "bib")).toBe("/cite/articles/28.bib");
    expect(openDataHref.citation("28(4)", "ris")).toBe("/cite/articles/28-4.ris");
    expect(openDataHref.citation("11(1)(a)(ii)", "json")).toBe("/cite/articles/11-1-a-ii.json");
    expect(openDataHref.citation("2(h)", "bib")).toBe("/cite/articles/2-h.bib");
    expect(() => openDataHref.citation("2(", "bib")).toThrow();
    expect(openDataHref.article(28)).toBe("/data/articles/28.json");
    expect(openDataHref.schema("article")).toBe("/data/schema/article.schema.json");
    expect(openDataHref.page("citations")).toBe("/data#citations");
    expect(openDataHref.feed()).toBe("/feed.xml");
    expect(fileNameOf(openDataHref.article(7))).toBe("7.json");
  });
});

describe("sitePageOf: which links lead to a page that can be prefetched", () => {
  const here = "https://treaty.example/articles/28";
  it("gives the path and query of another page on the site", () => {
    expect(sitePageOf(href.article(29), here)).toBe("/articles/29");
    expect(sitePageOf(href.pinpointPage("28(4)"), here)).toBe("/articles/28/4");
    expect(sitePageOf("https://treaty.example/search?q=serious%20crime", here)).toBe("/search?q=serious%20crime");
    expect(sitePageOf(`${href.stakeholders()}#matrix`, here)).toBe("/stakeholders");
  });
  it("leaves out links within this page, to other sites and to files", () => {
    expect(sitePageOf("#p4", here)).toBeUndefined();
    expect(sitePageOf("/articles/28#p4", here)).toBeUndefined();
    expect(sitePageOf("https://www.unodc.org/", here)).toBeUndefined();
    expect(sitePageOf(openDataHref.graph(), here)).toBeUndefined();
    expect(sitePageOf(openDataHref.citation("28(4)", "bib"), here)).toBeUndefined();
    expect(sitePageOf(openDataHref.feed(), here)).toBeUndefined();
  });
});

describe("href.officialText: where a provision's official wording is shown", () => {
  it("links to the official text's anchor on the article page, beside the digest's own", () => {
    expect(href.officialText("28(4)")).toBe("/articles/28#official-p4");
    expect(href.officialText("11(1)(a)(ii)")).toBe("/articles/11#official-p1-a-ii");
    expect(href.officialText("28")).toBe("/articles/28#official-heading");
    expect(href.officialText("preamble")).toBe("/preamble#official-heading");
  });
});
