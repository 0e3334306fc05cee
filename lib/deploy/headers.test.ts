import { describe, expect, it } from "vitest";
import { CACHE_CONTROL, documentPolicy, fileKindOf, HEADER_POLICY, headersFor, SECURITY_HEADERS } from "./headers";

const HASH_A = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const HASH_B = "'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/u)).map(([name = "", ...sources]) => [name, sources]));
}

describe("the page policy (<meta>)", () => {
  it("allows the site's own scripts and exactly the given inline-script hashes, never 'unsafe-inline'", () => {
    const policy = directives(documentPolicy([HASH_B, HASH_A, HASH_B]));
    expect(policy.get("script-src")).toEqual(["'self'", ...[HASH_A, HASH_B].sort()]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("with no inline script, allows only the site's own script files", () => {
    expect(directives(documentPolicy([])).get("script-src")).toEqual(["'self'"]);
  });

  it("leaves out frame-ancestors, which browsers ignore in a <meta> policy", () => {
    expect(directives(documentPolicy([HASH_A])).has("frame-ancestors")).toBe(false);
  });

  it("refuses anything but a SHA-256 source", () => {
    for (const bad of ["'unsafe-inline'", "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=", "'sha256-short='", "*"]) {
      expect(() => documentPolicy([bad]), bad).toThrow(/not a CSP SHA-256 source/u);
    }
  });
});

describe("the header policy", () => {
  it("forbids framing and plugins, and leaves scripts to each page's policy", () => {
    const policy = directives(HEADER_POLICY);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(policy.has("default-src")).toBe(false);
    expect(HEADER_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
  });
});

describe("headers by kind of file", () => {
  it("caches hashed build output for a year and makes everything else revalidate", () => {
    expect(fileKindOf("/_next/static/chunks/0abc.js").cacheControl).toBe(CACHE_CONTROL.immutable);
    expect(fileKindOf("/articles/28").cacheControl).toBe(CACHE_CONTROL.revalidate);
    expect(fileKindOf("/").cacheControl).toBe(CACHE_CONTROL.revalidate);
    expect(fileKindOf("/_next/data.json").cacheControl).toBe(CACHE_CONTROL.revalidate);
    expect(CACHE_CONTROL.immutable).toMatch(/max-age=31536000.*immutable/u);
  });

  it("sends the security headers and one Cache-Control on every path", () => {
    for (const path of ["/", "/articles/28", "/_next/static/x.css", "/sitemap.xml"]) {
      const headers = headersFor(path);
      expect(headers.slice(0, SECURITY_HEADERS.length)).toEqual(SECURITY_HEADERS);
      expect(headers.filter((header) => header.name === "Cache-Control")).toHaveLength(1);
    }
  });

  it("refuses a path that does not start with /", () => {
    expect(() => fileKindOf("articles/28")).toThrow(/no file kind/u);
  });
});
