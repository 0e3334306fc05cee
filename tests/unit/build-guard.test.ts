/**
 * `npm run build` starts with scripts/require-site-url.ts: without a usable SITE_URL the build
 * stops at once, saying what to set (lib/site.ts stops a hand-run `next build` the same way).
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");

function guard(siteUrl: string | undefined) {
  const env = { ...process.env };
  delete env.SITE_URL;
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  return spawnSync(resolve(root, "node_modules", ".bin", "tsx"), ["scripts/require-site-url.ts"], { cwd: root, env, encoding: "utf8" });
}

describe("the build's SITE_URL guard", () => {
  it("stops without SITE_URL, with a message saying what to set", { timeout: 20_000 }, () => {
    const result = guard(undefined);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("SITE_URL is not set");
    expect(result.stderr).toContain("SITE_URL=https://treaty.example npm run build");
  });

  it("stops on a SITE_URL that is not an origin", { timeout: 20_000 }, () => {
    const result = guard("https://treaty.example/sub/path");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/origin only/u);
  });

  it("lets a build with an origin go on, and says which", { timeout: 20_000 }, () => {
    const result = guard("https://treaty.example/");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("build: SITE_URL=https://treaty.example");
  });
});
