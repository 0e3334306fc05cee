import { clsx, type ClassValue } from "clsx";
import { extendTailwindMerge } from "tailwind-merge";

/**
 * tailwind-merge taught our theme: `wide` is a breakpoint and `max-w-measure` a container size,
 * so a later class of the same kind replaces an earlier one and unrelated ones both stay.
 */
const merge = extendTailwindMerge({
  extend: { theme: { breakpoint: ["wide"], container: ["measure"] } },
});

/** Joins class names (strings, arrays, `{ name: condition }`) and resolves Tailwind conflicts: the last one wins. */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
