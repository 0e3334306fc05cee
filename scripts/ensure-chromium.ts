/**
 * Makes sure the browser tests have a Chromium, since Playwright cannot download its own here.
 * In order: one already installed (see tests/e2e/chromium.ts); Debian's `chromium` package
 * when running as root with apt-get; else the `@sparticuz/chromium` npm package, which ships a
 * Linux Chromium inside it, installed without touching package.json and unpacked once.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { findChromium, UNPACKED_CHROMIUM_RECORD } from "../tests/e2e/chromium";

const root = resolve(import.meta.dirname, "..");

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...extraEnv } });
  return result.status === 0;
}

function tryDebianPackage(): void {
  if (process.getuid?.() !== 0 || !run("sh", ["-c", "command -v apt-get >/dev/null"])) return;
  console.log("ensure-chromium: installing Debian's chromium package…");
  run("sh", ["-c", "apt-get update -qq && apt-get install -y -qq chromium >/dev/null"], { DEBIAN_FRONTEND: "noninteractive" });
}

function tryNpmPackage(): void {
  console.log("ensure-chromium: installing @sparticuz/chromium from the npm registry (not saved to package.json)…");
  if (!run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "@sparticuz/chromium"])) return;
  const script = 'import("@sparticuz/chromium").then(async (m) => process.stdout.write(await m.default.executablePath()))';
  const unpacked = spawnSync("node", ["-e", script], { cwd: root, encoding: "utf8" });
  const path = unpacked.stdout.trim();
  if (unpacked.status !== 0 || !path) return;
  mkdirSync(dirname(UNPACKED_CHROMIUM_RECORD), { recursive: true });
  writeFileSync(UNPACKED_CHROMIUM_RECORD, `${path}\n`);
}

let found = findChromium();
if (!found) {
  tryDebianPackage();
  found = findChromium();
}
if (!found) {
  tryNpmPackage();
  found = findChromium();
}
if (!found) {
  console.error("ensure-chromium: no Chromium could be found or installed; set CHROMIUM_PATH to a Chromium binary.");
  process.exit(1);
}
console.log(`ensure-chromium: using ${found}`);
