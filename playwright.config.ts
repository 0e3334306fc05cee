import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./tests/e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4174);

// The origin `npm test` builds the site for (a reserved example domain, so any leftover
// localhost in the built pages shows up); the specs and a build started by scripts/start.ts use it.
process.env.SITE_URL ??= "https://treaty.example";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: "off",
  },
  projects: [
    // Every spec runs on desktop against `npm start` (serve); the reader journeys (*.journey.spec.ts) run on a phone too.
    { name: "desktop", testIgnore: /\.nginx\.spec\.ts$/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", testMatch: /\.journey\.spec\.ts$/, use: { ...devices["Pixel 7"], channel: undefined } },
    // The header, CSP and crawl checks again against nginx with the generated config, as deployed.
    {
      name: "nginx",
      testMatch: /(headers|csp|crawl)\.desktop\.spec\.ts$|\.nginx\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
  ],
  // In this order: scripts/start.ts builds out/ when it is missing, and nginx serves that out/.
  webServer: [
    {
      command: `npx tsx scripts/start.ts --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx tsx scripts/serve-nginx.ts --port ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
