/**
 * Pages are prefetched on intent, not on sight: loading a page full of links fetches none of
 * their pages; pointing at, touching or tabbing to a link fetches that link's page, and following
 * it then needs no new document from the server.
 */
import { expect, test, type Page } from "@playwright/test";

/** The router's requests for a page's server-component payload (`…/__next.….txt?_rsc=…`). */
function payloadRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).searchParams.has("_rsc")) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

async function hydrated(page: Page): Promise<void> {
  await expect(page.locator("[data-slot=theme-toggle]")).toHaveAttribute("aria-pressed", /true|false/);
}

test("loading the stakeholders page, with hundreds of links in view, prefetches none of them", async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto("/stakeholders");
  await hydrated(page);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 1000)));
  expect(payloads).toEqual([]);
});

test("pointing at a link prefetches its page, and following it loads no new document", async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto("/articles/28");
  await hydrated(page);
  const next = page.locator('main a[href="/articles/29"]').first();
  await next.scrollIntoViewIfNeeded();
  await next.hover();
  await expect.poll(() => payloads.some((path) => path.startsWith("/articles/29/"))).toBe(true);
  expect(payloads.every((path) => path.startsWith("/articles/29/") || path.startsWith("/__next"))).toBe(true);

  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await next.click();
  await expect(page).toHaveURL(/\/articles\/29$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("29");
  expect(documents).toEqual([]);
});

test("tabbing to a link prefetches its page", async ({ page }) => {
  const payloads = payloadRequests(page);
  await page.goto("/about");
  await hydrated(page);
  await page.locator('header a[href="/terms"]').first().focus();
  await expect.poll(() => payloads.some((path) => path.startsWith("/terms/"))).toBe(true);
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test("touching a link prefetches its page", async ({ page }) => {
    const payloads = payloadRequests(page);
    await page.goto("/terms/serious-crime");
    await hydrated(page);
    const link = page.locator('main a[href^="/articles/"]').first();
    const target = new URL((await link.getAttribute("href"))!, "http://x").pathname;
    await link.dispatchEvent("touchstart");
    await expect.poll(() => payloads.some((path) => path.startsWith(`${target}/`))).toBe(true);
  });
});
