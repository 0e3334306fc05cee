import { readFileSync } from "node:fs";
import { join } from "node:path";

// Written by `npm run content`; shipped as a static file and fetched only when search is used.
export const dynamic = "force-static";

export function GET() {
  return new Response(readFileSync(join(process.cwd(), ".generated", "search-index.json"), "utf8"), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
