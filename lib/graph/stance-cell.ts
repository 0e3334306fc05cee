import type { Stance } from "./queries";

/** The order stances are listed in: the same everywhere, and no ranking of sides. */
export const STANCES: readonly Stance[] = ["concern", "support", "mixed", "context"];

/** One letter per stance, so a cell reads without colour: C concern, S support, M mixed, X context. */
export const STANCE_LETTER: Record<Stance, string> = { concern: "C", support: "S", mixed: "M", context: "X" };

/** What one stakeholder × article cell shows. */
export interface StanceCell {
  total: number;
  /** The stances present, in STANCES order, each with its count: the cell is split in these shares. */
  parts: Array<{ stance: Stance; count: number }>;
  /** "2C 1S": the counts in letters. */
  letters: string;
  /** "2 concern, 1 support": the counts in words, for the cell's accessible name. */
  words: string;
  /** The stance with the most annotations (the first in STANCES order on a tie); a styling hook only. */
  main: Stance;
}

/** Splits a cell's counts by stance into the shares, letters and words the matrix shows. */
export function stanceCell(counts: Readonly<Record<Stance, number>>): StanceCell {
  const parts = STANCES.filter((stance) => counts[stance] > 0).map((stance) => ({ stance, count: counts[stance] }));
  const main = parts.reduce<{ stance: Stance; count: number } | undefined>((best, part) => (!best || part.count > best.count ? part : best), undefined);
  return {
    total: parts.reduce((sum, part) => sum + part.count, 0),
    parts,
    letters: parts.map((part) => `${part.count}${STANCE_LETTER[part.stance]}`).join(" "),
    words: parts.map((part) => `${part.count} ${part.stance}`).join(", "),
    main: main?.stance ?? "context",
  };
}
