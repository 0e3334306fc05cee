/**
 * Where the site is served from, for absolute URLs in citations, Open Graph tags and the sitemap.
 * Set SITE_URL when deploying; the default is the local server `npm start` runs.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/u, "");

export const SITE_NAME = "Treaty Explorer";

/** Absolute URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
