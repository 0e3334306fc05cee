import { createHash } from "node:crypto";

/**
 * Reading Content-Security-Policies in the browser tests. The script extractor here is a small
 * regular expression over Next.js's own markup, written apart from lib/deploy/inline-scripts.ts
 * (which writes the policies) so the two check each other.
 */

/** A policy as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/u))
      .filter((tokens) => tokens[0])
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** The page's <meta http-equiv="Content-Security-Policy"> policy and where it stands in the markup. */
export function metaPolicy(html: string): { policy: string; index: number } | undefined {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/iu.exec(html);
  if (!match) return undefined;
  return { policy: match[1]!.replace(/&quot;/gu, '"').replace(/&amp;/gu, "&"), index: match.index };
}

/** `'sha256-…'` of every inline script without a src or a non-JavaScript type. */
export function inlineScriptHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const [, attributes = "", text = ""] = match;
    if (/\ssrc=/iu.test(attributes) || text === "") continue;
    const type = /\stype="([^"]*)"/iu.exec(attributes)?.[1];
    if (type !== undefined && !/^(text\/javascript|module)?$/iu.test(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  }
  return hashes;
}
