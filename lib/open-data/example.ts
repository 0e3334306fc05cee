/** Options for shortening a JSON value into a readable example. */
export interface ExampleOptions {
  /** Items kept from each array. */
  maxItems: number;
  /** Characters kept from each string before "…". */
  maxString: number;
}

/**
 * A JSON value shortened for documentation: arrays keep their first items, long strings are cut
 * with "…". The result has the same shape and keys as the value, so examples cannot drift from it.
 */
export function abbreviateJson(value: unknown, options: ExampleOptions): unknown {
  if (typeof value === "string") return value.length > options.maxString ? `${value.slice(0, options.maxString)}…` : value;
  if (Array.isArray(value)) return value.slice(0, options.maxItems).map((item) => abbreviateJson(item, options));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, abbreviateJson(item, options)]));
  }
  return value;
}

/** Pretty JSON of an abbreviated value, for a <pre> block. */
export function exampleText(value: unknown, options: ExampleOptions = { maxItems: 1, maxString: 90 }): string {
  return JSON.stringify(abbreviateJson(value, options), null, 2);
}
