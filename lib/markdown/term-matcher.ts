/** What the term linker needs to know of each term. */
export interface TermForms {
  slug: string;
  forms: readonly string[];
}

export interface TermMatch {
  start: number;
  end: number;
  slug: string;
}

export interface TermMatcher {
  find(text: string): TermMatch[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

/**
 * Builds one regular expression over every form of every term, longest first so that
 * "serious crimes" wins over "serious crime" and "ICT system" over "system". Whole words only,
 * case-insensitive.
 */
export function buildTermMatcher(terms: readonly TermForms[]): TermMatcher {
  const bySurface = new Map<string, string>();
  for (const term of terms) for (const form of term.forms) bySurface.set(form.toLowerCase(), term.slug);
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length);
  if (surfaces.length === 0) return { find: () => [] };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return {
    find(text) {
      return [...text.matchAll(pattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        slug: bySurface.get(match[0].toLowerCase())!,
      }));
    },
  };
}
