import { describe, expect, it } from "vitest";
import { isSlug, slug } from "./fields";

describe("isSlug and the slug schema agree", () => {
  it.each(["a", "serious-crime", "un-2024", "x1-y2-z3"])("accepts %s", (text) => {
    expect(isSlug(text)).toBe(true);
    expect(slug.safeParse(text).success).toBe(true);
  });

  it.each(["", "Serious", "two--hyphens", "-lead", "trail-", "snake_case", "space d", "é"])("refuses %j", (text) => {
    expect(isSlug(text)).toBe(false);
    expect(slug.safeParse(text).success).toBe(false);
  });
});
