import { href } from "../../graph/hrefs";
import { formatPinpoint, parsePinpoint, pinpointDepth } from "../../pinpoint";
import type { ReferenceTarget } from "../../references";
import type { ProvisionIndex, Resolver } from "./context";

/**
 * Resolves references against what the articles stage indexed: a chapter in chapters.yaml, an
 * article with a file, or a paragraph with a block. Its URLs come from lib/graph/hrefs.ts.
 */
export function createResolver(index: ProvisionIndex): Resolver {
  const urlOf = (target: ReferenceTarget): string | undefined => {
    if (target.kind === "chapter") return index.chapters.has(target.numeral) ? href.chapter(target.numeral) : undefined;
    if (pinpointDepth(target.pin) === 0) return index.articles.has(target.pin.article) ? href.article(target.pin.article) : undefined;
    return index.paragraphs.has(formatPinpoint(target.pin)) ? href.pinpoint(target.pin) : undefined;
  };
  const exists = (provision: string): boolean => {
    if (provision === "treaty" || provision === "preamble") return true;
    const pin = parsePinpoint(provision);
    return pin !== undefined && urlOf({ kind: "provision", pin }) !== undefined;
  };
  return { urlOf, exists };
}
