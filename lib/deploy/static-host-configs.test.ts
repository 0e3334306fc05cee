import { describe, expect, it } from "vitest";
import { CACHE_CONTROL, SECURITY_HEADERS } from "./headers";
import { headersFile, serveJson, vercelJson } from "./static-host-configs";

/** `_headers` as path → header lines, the way Netlify and Cloudflare Pages read it. */
function parseHeadersFile(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) rules.set(line, (current = []));
    else current?.push(line.trim());
  }
  return rules;
}

const securityLines = SECURITY_HEADERS.map((header) => `${header.name}: ${header.value}`);

describe("_headers (Netlify, Cloudflare Pages)", () => {
  const rules = parseHeadersFile(headersFile());

  it("sends every security header on every path", () => {
    expect(rules.get("/*")).toEqual(securityLines);
  });

  it("caches hashed build output for a year, and sets no second Cache-Control that a host would join to it", () => {
    expect(rules.get("/_next/static/*")).toEqual([`Cache-Control: ${CACHE_CONTROL.immutable}`]);
    const cacheRules = [...rules].filter(([, lines]) => lines.some((line) => line.startsWith("Cache-Control:")));
    expect(cacheRules.map(([path]) => path)).toEqual(["/_next/static/*"]);
  });
});

describe("vercel.json", () => {
  const config = JSON.parse(vercelJson());

  it("deploys out/ as static files with clean URLs", () => {
    expect(config).toMatchObject({ framework: null, buildCommand: "npm run build", outputDirectory: "out", cleanUrls: true, trailingSlash: false });
  });

  it("sends the security headers everywhere and caches only hashed output for good", () => {
    expect(config.headers).toEqual([
      { source: "/(.*)", headers: SECURITY_HEADERS.map((h) => ({ key: h.name, value: h.value })) },
      { source: "/_next/static/(.*)", headers: [{ key: "Cache-Control", value: CACHE_CONTROL.immutable }] },
    ]);
  });
});

describe("serve.json (npm start)", () => {
  const config = JSON.parse(serveJson());

  it("serves out/ with clean URLs, security headers and revalidation first, then the immutable rule", () => {
    expect(config).toMatchObject({ public: "out", cleanUrls: true, trailingSlash: false, directoryListing: false });
    expect(config.headers.map((rule: { source: string }) => rule.source)).toEqual(["**/*", "_next/static/**"]);
    expect(config.headers[0].headers).toContainEqual({ key: "Cache-Control", value: CACHE_CONTROL.revalidate });
    expect(config.headers[1].headers).toEqual([{ key: "Cache-Control", value: CACHE_CONTROL.immutable }]);
  });
});
