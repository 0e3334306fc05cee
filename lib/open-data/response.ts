/** A JSON file as a route handler returns it: pretty-printed unless `compact`, with a final newline. */
export function jsonResponse(value: unknown, options: { compact?: boolean; mediaType?: string } = {}): Response {
  const body = `${JSON.stringify(value, null, options.compact ? undefined : 2)}\n`;
  return new Response(body, { headers: { "content-type": options.mediaType ?? "application/json; charset=utf-8" } });
}
