import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";

/** Where scripts/ensure-chromium.ts records the browser it unpacked from @sparticuz/chromium. */
export const UNPACKED_CHROMIUM_RECORD = resolve(import.meta.dirname, "..", "..", "node_modules", ".cache", "treaty-explorer", "chromium-path");

function recordedPath(): string | undefined {
  try {
    return readFileSync(UNPACKED_CHROMIUM_RECORD, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Playwright cannot download its own browser here, so we pick one that is installed:
 * CHROMIUM_PATH, else a Playwright-installed build, else Debian's /usr/bin/chromium, else the
 * one scripts/ensure-chromium.ts unpacked from @sparticuz/chromium.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, safePlaywrightPath(), "/usr/bin/chromium", "/usr/bin/chromium-browser", recordedPath()];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

export function chromiumExecutable(): string {
  const found = findChromium();
  if (!found) throw new Error("No Chromium found: run `npx tsx scripts/ensure-chromium.ts` (npm run test:e2e does), or set CHROMIUM_PATH.");
  return found;
}

/** Flags that keep headless Chromium off the (closed) network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
