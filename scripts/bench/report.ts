/** Plain-text tables and the target list for the bench report. */

export function table(header: string[], rows: Array<Array<string | number>>): string[] {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...cells.slice(1).map(line)];
}

export interface Target {
  name: string;
  pass: boolean;
  /** What was measured, in words. */
  actual: string;
}

export function formatTargets(targets: Target[]): string[] {
  return targets.map((target) => `${target.pass ? "PASS" : "FAIL"}  ${target.name}: ${target.actual}`);
}

export function section(title: string): string {
  return `\n== ${title} ==`;
}
