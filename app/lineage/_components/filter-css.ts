/** The treaty filter's choices: every row, rows with a counterpart in one treaty, or rows with none. */
export const TREATY_FILTERS = [
  { value: "all", label: "Any" },
  { value: "budapest", label: "Budapest" },
  { value: "untoc", label: "UNTOC" },
  { value: "uncac", label: "UNCAC" },
  { value: "none", label: "None of them" },
] as const;

/**
 * CSS that makes the radio buttons filter the lineage table without JavaScript: while a choice
 * is checked, rows (and chapter groups) that do not match it are not displayed.
 */
export function filterCss(chapters: readonly string[]): string {
  const scope = ".lineage-scope";
  const rules = TREATY_FILTERS.filter((f) => f.value !== "all").map(
    (f) => `${scope}:has(#lineage-treaty-${f.value}:checked) tr[data-row]:not([data-treaties~="${f.value}"]){display:none}`,
  );
  for (const numeral of chapters) {
    rules.push(`${scope}:has(#lineage-chapter-${numeral}:checked) tbody[data-chapter]:not([data-chapter="${numeral}"]){display:none}`);
  }
  return rules.join("\n");
}
