import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Playwright cannot download its own browser here, so we pick one that is installed:
 * CHROMIUM_PATH, else a Playwright-installed build, else Debian's /usr/bin/chromium.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, safePlaywrightPath(), "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) throw new Error("No Chromium found: set CHROMIUM_PATH or install Debian's chromium package (see .ci/run).");
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags that keep headless Chromium off the (closed) network. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
