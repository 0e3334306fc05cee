const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A partial date at its own precision: "2024", "July 2024", "24 December 2024". */
export function formatPartialDate(date: string, approximate = false): string {
  const [year, month, day] = date.split("-");
  const text = day ? `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}` : month ? `${MONTHS[Number(month) - 1]} ${year}` : (year ?? date);
  return approximate ? `${text} (approximate)` : text;
}

/** When an event is: its date at its precision, or that a pending step has not been reached. */
export function formatEventDate(event: { status: "done" | "scheduled" | "pending"; date?: string; approximate: boolean }): string {
  if (event.date === undefined) return "Not yet reached";
  const date = formatPartialDate(event.date, event.approximate);
  return event.status === "scheduled" ? `${date} (scheduled)` : date;
}

export const STANCE_LABEL = { concern: "Concern", support: "Support", mixed: "Mixed", context: "Context" } as const;

/** How the site names each kind of annotation where it is not a position. */
export const KIND_LABEL = { position: "Position", reported: "Reported action", background: "Background" } as const;

export const SOURCE_KIND_LABEL = {
  "news-report": "News report",
  opinion: "Opinion / commentary",
  summary: "News summary",
  statement: "Official statement",
  "press-release": "Press release",
  analysis: "Analysis",
} as const;
