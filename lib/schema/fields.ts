import { z } from "zod";
import type { ProblemKind } from "../compile/problems";
import { normalizePinpoint } from "../pinpoint";

/** A calendar date at the precision we know: `2024`, `2024-07` or `2024-07-26`, and a real one. */
export const partialDate = z.string().refine(isRealPartialDate, {
  message: "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD",
  params: { kind: "impossible-date" satisfies ProblemKind },
});

export function isRealPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** How precisely a partial date is known. */
export const precision = z.enum(["year", "month", "day"]);

/** The precision of a partial date, from its length. */
export function datePrecision(value: string): z.infer<typeof precision> {
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Whether a text is a kebab-case id (a-z, 0-9 and single hyphens), as used in URLs. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** A kebab-case id, as used in URLs. */
export const slug = z.string().regex(SLUG, "must be kebab-case (a-z, 0-9 and single hyphens)");

/**
 * A pinpoint in the treaty's notation, normalised (`28 (4)` → `28(4)`). The output is piped into
 * a plain string so that the published JSON Schemas can describe it.
 */
export const pinpointText = z
  .string()
  .transform((value, ctx) => {
    const normal = normalizePinpoint(value);
    if (!normal) {
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not a pinpoint like 28, 28(4) or 2(h)`,
        params: { kind: "invalid-pinpoint" satisfies ProblemKind },
      });
      return z.NEVER;
    }
    return normal;
  })
  .pipe(z.string());

export const roman = z.enum(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);

export const nonEmpty = z.string().trim().min(1, "must not be empty");

/** An official link: only https URLs. */
export const httpsUrl = z.url({ protocol: /^https$/, message: "must be an https URL" });
