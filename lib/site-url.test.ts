import { describe, expect, it } from "vitest";
import { LOCAL_SITE_URL, resolveSiteUrl, SiteUrlError } from "./site-url";

describe("resolveSiteUrl", () => {
  it("returns the origin of SITE_URL, without a trailing slash", () => {
    expect(resolveSiteUrl({ SITE_URL: "https://treaty.example", NODE_ENV: "production" })).toBe("https://treaty.example");
    expect(resolveSiteUrl({ SITE_URL: " https://Treaty.Example/ ", NODE_ENV: "production" })).toBe("https://treaty.example");
    expect(resolveSiteUrl({ SITE_URL: "http://127.0.0.1:4173" })).toBe("http://127.0.0.1:4173");
    expect(resolveSiteUrl({ SITE_URL: "https://treaty.example:443" })).toBe("https://treaty.example");
  });

  it("stops a production build without SITE_URL, saying what to set", () => {
    for (const value of [undefined, "", "   "]) {
      expect(() => resolveSiteUrl({ SITE_URL: value, NODE_ENV: "production" })).toThrow(SiteUrlError);
    }
    expect(() => resolveSiteUrl({ NODE_ENV: "production" })).toThrow(/SITE_URL is not set.*SITE_URL=https:\/\/treaty\.example npm run build/u);
  });

  it("falls back to the local server's address outside a production build (dev server, tests)", () => {
    expect(resolveSiteUrl({ NODE_ENV: "development" })).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl({})).toBe(LOCAL_SITE_URL);
  });

  it("refuses values that are not an http(s) origin", () => {
    const cases: Array<[string, RegExp]> = [
      ["treaty.example", /not an absolute URL/u],
      ["ftp://treaty.example", /https:\/\/ or http:\/\//u],
      ["https://user:pw@treaty.example", /user name or password/u],
      ["https://treaty.example/explorer", /origin only/u],
      ["https://treaty.example/?x=1", /origin only/u],
      ["https://treaty.example/#top", /origin only/u],
    ];
    for (const [value, message] of cases) expect(() => resolveSiteUrl({ SITE_URL: value, NODE_ENV: "production" }), value).toThrow(message);
  });
});
