/**
 * Where the site is served from: the one module that knows the site's origin. Canonical links,
 * Open Graph URLs (via `metadataBase`), the sitemap, robots.txt and citations all take it from here.
 *
 * Set SITE_URL when building for deployment (`SITE_URL=https://treaty.example npm run build`).
 * A production build without it stops (see `resolveSiteUrl` in lib/site-url.ts); `npm start` sets
 * `http://localhost:3000` for a local build, and the dev server falls back to that address.
 */

import { resolveSiteUrl } from "./site-url";

export const SITE_NAME = "Treaty Explorer";

/** The configured origin, read once when the module loads. */
export const SITE_URL = resolveSiteUrl(process.env);

/** Absolute URL of a site path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
