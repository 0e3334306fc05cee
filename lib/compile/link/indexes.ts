import { indexProvisions } from "./articles";
import type { IndexedContext, LinkContext } from "./context";
import { createResolver } from "./resolve";
import { indexTerms } from "./terms";

/**
 * The index stages, run before any prose is rendered: what provisions exist (checking articles
 * and paragraph blocks on the way), how references resolve, and what the term linker needs.
 */
export function buildIndexes(shared: LinkContext): IndexedContext {
  const provisions = indexProvisions(shared);
  const resolver = createResolver(provisions);
  return { ...shared, provisions, resolver, terms: indexTerms(shared, resolver) };
}
