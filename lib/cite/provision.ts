import { href } from "../graph/hrefs";
import type { Pinpoint } from "../pinpoint";

/**
 * The site path a citation of a provision carries: the article page, at the paragraph's anchor
 * for a pinpoint (`/articles/28#p4`), the same address the "Link" action copies.
 */
export function citationPath(pin: Pinpoint | string): string {
  return href.pinpoint(pin);
}
