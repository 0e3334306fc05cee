/**
 * THE FLOOR: an empty page built with the same Next.js and the same next.config as the site, so
 * each page kind's client weight can be read as "floor + N kB".
 *
 * The floor project lives in a temp folder: app/layout.tsx + app/page.tsx rendering one tiny
 * element, node_modules symlinked to the site's, and a next.config.ts that imports the site's
 * config unchanged and only widens `turbopack.root` to "/" (Turbopack refuses a symlinked
 * node_modules outside its root; the root decides where files may come from, not what ships).
 * The build is cached by Next.js version + next.config.ts + this template.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BIN, ROOT, run } from "./proc";

const LAYOUT = `import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return <p>Floor</p>;
}
`;

export interface Floor {
  dir: string;
  outDir: string;
  serveConfig: string;
  nextVersion: string;
  built: boolean;
  buildMs?: number;
}

export function nextVersion(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, "node_modules", "next", "package.json"), "utf8")) as { version: string }).version;
}

export async function buildFloor(options: { rebuild?: boolean } = {}): Promise<Floor> {
  const version = nextVersion();
  const config = readFileSync(resolve(ROOT, "next.config.ts"), "utf8");
  const hash = createHash("sha256").update(version).update(config).update(LAYOUT).update(PAGE).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), `treaty-bench-floor-${hash}`);
  const outDir = join(dir, "out");
  const serveConfig = join(dir, "serve.json");
  if (!options.rebuild && existsSync(join(outDir, "index.html")) && existsSync(serveConfig)) {
    return { dir, outDir, serveConfig, nextVersion: version, built: false };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  symlinkSync(resolve(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "treaty-bench-floor", private: true, type: "module" }, null, 2));
  writeFileSync(
    join(dir, "next.config.ts"),
    `import base from ${JSON.stringify(resolve(ROOT, "next.config.ts"))};\n\nexport default { ...base, turbopack: { ...(base.turbopack ?? {}), root: "/" } };\n`,
  );
  cpSync(resolve(ROOT, "tsconfig.json"), join(dir, "tsconfig.json"));
  cpSync(resolve(ROOT, "serve.json"), serveConfig);
  writeFileSync(join(dir, "app", "layout.tsx"), LAYOUT);
  writeFileSync(join(dir, "app", "page.tsx"), PAGE);
  const result = await run(resolve(BIN, "next"), ["build"], { cwd: dir, timeoutMs: 300_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.code !== 0 || !existsSync(join(outDir, "index.html"))) {
    throw new Error(
      `the floor build failed (${result.timedOut ? "timed out" : `exit ${result.code}`}):\n${(result.stdout + result.stderr).trim().split("\n").slice(-15).join("\n")}`,
    );
  }
  return { dir, outDir, serveConfig, nextVersion: version, built: true, buildMs: result.ms };
}
