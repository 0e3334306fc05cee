/**
 * First step of `npm run build`: stops a production build that has no usable SITE_URL, with a
 * message that says what to set, before a minute is spent building pages that would point at
 * the wrong address. (lib/site.ts refuses too, for a `next build` run by hand.)
 */
import { resolveSiteUrl, SiteUrlError } from "../lib/site-url";

try {
  console.log(`build: SITE_URL=${resolveSiteUrl({ SITE_URL: process.env.SITE_URL, NODE_ENV: "production" })}`);
} catch (error) {
  if (!(error instanceof SiteUrlError)) throw error;
  console.error(`build: ${error.message}`);
  process.exit(1);
}
