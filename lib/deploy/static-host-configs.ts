import { CACHE_CONTROL, FILE_KINDS, SECURITY_HEADERS, type FileKind, type Header } from "./headers";
import { GENERATED_NOTE } from "./nginx-config";

/**
 * Host configs rendered from lib/deploy/headers.ts: serve.json (`npm start`), `_headers`
 * (Netlify, Cloudflare Pages) and vercel.json. All three hosts serve /about from about.html and
 * answer unknown paths with 404.html and status 404 on their own (serve and Vercel through the
 * cleanUrls settings below).
 */

const asKeyValue = (headers: readonly Header[]) => headers.map((header) => ({ key: header.name, value: header.value }));
const cacheHeader = (kind: FileKind): Header => ({ name: "Cache-Control", value: kind.cacheControl });
/** Kinds ordered from the whole site to the most specific prefix, so later rules override earlier ones. */
const broadFirst = () => [...FILE_KINDS].sort((a, b) => a.prefix.length - b.prefix.length);

/**
 * serve.json for `serve` (scripts/start.ts). serve applies every matching rule in order, later
 * ones winning, and sends ETags unless told --no-etag (its config file has no such key).
 */
export function serveJson(): string {
  const headers = broadFirst().map((kind) =>
    kind.prefix === "/"
      ? { source: "**/*", headers: asKeyValue([...SECURITY_HEADERS, cacheHeader(kind)]) }
      : { source: `${kind.prefix.slice(1)}**`, headers: asKeyValue([cacheHeader(kind)]) },
  );
  const config = { public: "out", cleanUrls: true, trailingSlash: false, directoryListing: false, headers };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * Kinds whose Cache-Control the static hosts must be told. Netlify, Cloudflare Pages and Vercel
 * already send `public, max-age=0, must-revalidate` for static files, and Cloudflare joins the
 * values of two rules that match one path, so the whole-site rule leaves Cache-Control alone.
 */
const explicitCacheKinds = () => broadFirst().filter((kind) => kind.cacheControl !== CACHE_CONTROL.revalidate);

/** `_headers`, copied into out/ from public/ by the build; read by Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const block = (path: string, headers: readonly Header[]) => [path, ...headers.map((header) => `  ${header.name}: ${header.value}`)];
  const lines = [
    `# ${GENERATED_NOTE}`,
    "# Netlify and Cloudflare Pages: security headers on every path; hashed build output cached for a year.",
    "# HTML and other files keep the host's default, public, max-age=0, must-revalidate.",
    ...block("/*", SECURITY_HEADERS),
    ...explicitCacheKinds().flatMap((kind) => block(`${kind.prefix}*`, [cacheHeader(kind)])),
  ];
  return `${lines.join("\n")}\n`;
}

/** vercel.json: a plain static deployment of out/ (not Vercel's Next.js runtime), with the same headers. */
export function vercelJson(): string {
  const config = {
    $schema: "https://openapi.vercel.sh/vercel.json",
    framework: null,
    buildCommand: "npm run build",
    outputDirectory: "out",
    cleanUrls: true,
    trailingSlash: false,
    headers: [
      { source: "/(.*)", headers: asKeyValue(SECURITY_HEADERS) },
      ...explicitCacheKinds().map((kind) => ({ source: `${kind.prefix}(.*)`, headers: asKeyValue([cacheHeader(kind)]) })),
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
