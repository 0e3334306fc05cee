/**
 * The response headers of the deployed site: the one source of truth for every host config
 * (serve.json, the nginx server block, `_headers` for Netlify and Cloudflare Pages, vercel.json),
 * which `scripts/write-host-configs.ts` generates from this module, and for the per-page
 * Content-Security-Policy that `scripts/write-csp.ts` writes into each built page.
 *
 * The policy is split in two because the static export inlines scripts that differ on every
 * page. The HTTP header carries what does not depend on the page, including `frame-ancestors`
 * (ignored in a <meta> policy); each page's <meta http-equiv> policy carries `default-src` and a
 * `script-src` listing the SHA-256 of exactly that page's inline scripts. A browser enforces
 * both, so a script must pass both: the header leaves scripts to the page's policy, and that
 * policy allows only the site's own files and the hashed inline scripts.
 */

/** One HTTP response header. */
export interface Header {
  name: string;
  value: string;
}

/** A CSP directive name and its source list, in the order they are written. */
export type Directive = readonly [name: string, sources: readonly string[]];

/**
 * `'unsafe-inline'` stays in style-src: the prerendered HTML carries React `style` attributes
 * (e.g. `style="border-color:var(--border)"`), which a hash could allow only with
 * `'unsafe-hashes'` and one hash per distinct value. Styles cannot run code, and content cannot
 * add them: the Markdown renderer drops raw HTML and `style` attributes.
 */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/** Directives that hold for every response, whatever the page. */
const SHARED_DIRECTIVES: readonly Directive[] = [
  ["style-src", STYLE_SOURCES],
  ["img-src", ["'self'", "data:"]],
  ["font-src", ["'self'"]],
  ["connect-src", ["'self'"]],
  ["object-src", ["'none'"]],
  ["base-uri", ["'self'"]],
  ["form-action", ["'self'"]],
];

/** Serialises directives as a policy string (`name src src; name src`). */
export function serializePolicy(directives: readonly Directive[]): string {
  return directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/**
 * The Content-Security-Policy HTTP header, the same on every response. It has no `default-src`
 * or `script-src`: a header cannot know each page's inline-script hashes, and any script rule
 * here would either block them or need `'unsafe-inline'`.
 */
export const HEADER_POLICY = serializePolicy([...SHARED_DIRECTIVES, ["frame-ancestors", ["'none'"]]]);

const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/u;

/**
 * The policy a page carries in its <meta http-equiv="Content-Security-Policy">: scripts from the
 * site's own origin plus exactly the inline scripts whose hashes are given (`'sha256-…'`).
 */
export function documentPolicy(scriptHashes: readonly string[]): string {
  const bad = scriptHashes.find((hash) => !HASH_SOURCE.test(hash));
  if (bad !== undefined) throw new Error(`"${bad}" is not a CSP SHA-256 source ('sha256-<base64>')`);
  const hashes = [...new Set(scriptHashes)].sort();
  return serializePolicy([["default-src", ["'self'"]], ["script-src", ["'self'", ...hashes]], ...SHARED_DIRECTIVES]);
}

/** Headers sent with every response, whatever its kind or status. */
export const SECURITY_HEADERS: readonly Header[] = [
  { name: "Content-Security-Policy", value: HEADER_POLICY },
  { name: "X-Content-Type-Options", value: "nosniff" },
  { name: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { name: "X-Frame-Options", value: "DENY" },
  { name: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { name: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Cache-Control values, one per kind of file. */
export const CACHE_CONTROL = {
  /** Build output whose file name carries a hash of its content: a new build gives a new name. */
  immutable: "public, max-age=31536000, immutable",
  /** HTML and every file whose URL stays the same across builds: check with the server each time (ETag). */
  revalidate: "public, max-age=0, must-revalidate",
} as const;

/** A kind of file, by URL prefix, and how it is cached. */
export interface FileKind {
  name: "hashed-assets" | "everything-else";
  /** URL path prefix; the longest matching prefix wins. */
  prefix: string;
  cacheControl: string;
}

/** The kinds of file the site serves. Next.js writes content-hashed names only under /_next/static/. */
export const FILE_KINDS: readonly FileKind[] = [
  { name: "hashed-assets", prefix: "/_next/static/", cacheControl: CACHE_CONTROL.immutable },
  { name: "everything-else", prefix: "/", cacheControl: CACHE_CONTROL.revalidate },
];

/** The kind of file a URL path is (longest matching prefix). */
export function fileKindOf(path: string): FileKind {
  const matches = FILE_KINDS.filter((kind) => path.startsWith(kind.prefix)).sort((a, b) => b.prefix.length - a.prefix.length);
  const kind = matches[0];
  if (!kind) throw new Error(`no file kind for "${path}": paths start with /`);
  return kind;
}

/** Every header a response for this path should carry. */
export function headersFor(path: string): Header[] {
  return [...SECURITY_HEADERS, { name: "Cache-Control", value: fileKindOf(path).cacheControl }];
}
