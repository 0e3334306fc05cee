const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** The Bluebook's month abbreviations (its table of abbreviations for dates). */
const BLUEBOOK_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

function split(date: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = date.split("-").map(Number);
  return { year: year ?? Number.NaN, month, day };
}

/** A partial date as CSL `date-parts`: `2024-12-24` → `[[2024, 12, 24]]`, `2024` → `[[2024]]`. */
export function dateParts(date: string): number[][] {
  const { year, month, day } = split(date);
  return [[year, ...(month === undefined ? [] : [month]), ...(day === undefined ? [] : [day])]];
}

/** Day, month in full, year, as OSCOLA writes dates: "24 December 2024". */
export function dayMonthYear(date: string): string {
  const { year, month, day } = split(date);
  return [day, month === undefined ? undefined : MONTHS[month - 1], year].filter((part) => part !== undefined).join(" ");
}

/** Abbreviated month, day, year, as the Bluebook writes dates: "Dec. 24, 2024". */
export function bluebookDate(date: string): string {
  const { year, month, day } = split(date);
  if (month === undefined) return String(year);
  const name = BLUEBOOK_MONTHS[month - 1];
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}
