/**
 * Reads and checks SITE_URL, the origin the site is served from. No side effects on import, so
 * scripts can report a bad value themselves; lib/site.ts holds the value the pages use.
 */

/** The address `npm start` and `next dev` serve on; never used by a production build unless asked for. */
export const LOCAL_SITE_URL = "http://localhost:3000";

/** Why SITE_URL cannot be used; the message says what to set. */
export class SiteUrlError extends Error {
  override name = "SiteUrlError";
}

const HOW_TO_SET =
  "Set SITE_URL to the address readers will use, e.g. `SITE_URL=https://treaty.example npm run build`. " +
  `For a build only served on this machine, \`npm start\` sets SITE_URL=${LOCAL_SITE_URL} for you.`;

/**
 * The site origin (`https://host[:port]`, no trailing slash) from the environment. Throws a
 * SiteUrlError when a production build has no SITE_URL, or when SITE_URL is not an http(s)
 * origin: the static export cannot live under a sub-path, and a query or fragment makes no sense.
 */
export function resolveSiteUrl(env: { SITE_URL?: string; NODE_ENV?: string }): string {
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    if (env.NODE_ENV === "production")
      throw new SiteUrlError(`SITE_URL is not set, so canonical links, the sitemap and citations would have no address. ${HOW_TO_SET}`);
    return LOCAL_SITE_URL;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(`SITE_URL "${raw}" is not an absolute URL. ${HOW_TO_SET}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new SiteUrlError(`SITE_URL "${raw}" must start with https:// or http://. ${HOW_TO_SET}`);
  if (url.username || url.password) throw new SiteUrlError(`SITE_URL "${raw}" must not carry a user name or password.`);
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new SiteUrlError(`SITE_URL "${raw}" must be an origin only (scheme, host, optional port): the site is built to be served from the root of its host.`);
  }
  return url.origin;
}
