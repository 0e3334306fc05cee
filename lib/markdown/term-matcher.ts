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

interface Form {
  lower: string;
  slug: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/uy;

function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  // The character before may be the second half of a surrogate pair (an astral letter).
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return WORD_CHAR.test(text.slice(start, index));
}

function isWordCharAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
}

function wordAt(text: string, index: number): string | undefined {
  WORD_RUN.lastIndex = index;
  return WORD_RUN.exec(text)?.[0];
}

/**
 * Finds every form of every term in a text: whole words only, case-insensitive, the longest
 * form winning where several start at one place (so "serious crimes" beats "serious crime" and
 * "ICT system" beats "system"). Forms are indexed by their first word, so the cost grows with
 * the text, not with the number of terms times the text (one big alternation regex did that).
 */
export function buildTermMatcher(terms: readonly TermForms[]): TermMatcher {
  const bySurface = new Map<string, string>();
  for (const term of terms) for (const form of term.forms) bySurface.set(form.toLowerCase(), term.slug);
  const byFirstWord = new Map<string, Form[]>();
  // Forms that begin with a symbol rather than a letter or digit are tried at every word boundary.
  const symbolFirst: Form[] = [];
  for (const [lower, slug] of bySurface) {
    if (lower.length === 0) continue;
    const first = wordAt(lower, 0);
    const list = first === undefined ? symbolFirst : (byFirstWord.get(first) ?? byFirstWord.set(first, []).get(first)!);
    list.push({ lower, slug });
  }
  for (const list of [symbolFirst, ...byFirstWord.values()]) list.sort((a, b) => b.lower.length - a.lower.length);

  return {
    find(text) {
      const matches: TermMatch[] = [];
      let index = 0;
      while (index < text.length) {
        const atBoundary = !isWordCharBefore(text, index);
        const word = atBoundary ? wordAt(text, index) : undefined;
        const candidates = !atBoundary ? [] : word === undefined ? symbolFirst : (byFirstWord.get(word.toLowerCase()) ?? []);
        const found = candidates.find(
          (form) => text.slice(index, index + form.lower.length).toLowerCase() === form.lower && !isWordCharAt(text, index + form.lower.length),
        );
        if (found) {
          matches.push({ start: index, end: index + found.lower.length, slug: found.slug });
          index += found.lower.length;
        } else {
          index += word?.length ?? 1;
        }
      }
      return matches;
    },
  };
}
