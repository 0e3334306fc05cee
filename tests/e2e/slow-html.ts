/**
 * A local proxy in front of the site that sends each HTML page in small pieces with pauses, as a
 * slow network does. Browsers paint a page before all of it has arrived; whatever the rest then
 * changes (a table's column widths, a scrollbar appearing) shows up as layout shift.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

const PIECE_BYTES = 8 * 1024;
const PAUSE_MS = 50;

export interface SlowHtmlProxy {
  origin: string;
  close: () => Promise<void>;
}

export async function startSlowHtmlProxy(upstream: string): Promise<SlowHtmlProxy> {
  const server = http.createServer(async (request, response) => {
    try {
      const answer = await fetch(new URL(request.url ?? "/", upstream), { redirect: "manual" });
      const type = answer.headers.get("content-type") ?? "application/octet-stream";
      const location = answer.headers.get("location");
      response.writeHead(answer.status, { "content-type": type, ...(location ? { location } : {}) });
      const body = Buffer.from(await answer.arrayBuffer());
      if (!type.includes("text/html")) return void response.end(body);
      for (let start = 0; start < body.length; start += PIECE_BYTES) {
        response.write(body.subarray(start, start + PIECE_BYTES));
        await new Promise((wait) => setTimeout(wait, PAUSE_MS));
      }
      response.end();
    } catch (error) {
      response.destroy(error as Error);
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}
