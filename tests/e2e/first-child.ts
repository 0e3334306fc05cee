import { expect, type Page } from "@playwright/test";

/** Finds the first link in <main> to a child of `index` (first topic, first stakeholder group, first source). */
export async function firstChild(page: Page, index: string): Promise<string> {
  await page.goto(index);
  const href = await page.locator(`main a[href^="${index}/"]`).first().getAttribute("href");
  expect(href, `a link from ${index} to one of its pages`).toBeTruthy();
  return href!.split("#")[0]!;
}
