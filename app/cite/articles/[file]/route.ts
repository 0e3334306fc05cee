import { cslItem } from "@/lib/cite/csl";
import { citationFile } from "@/lib/cite/files";
import { citationPath } from "@/lib/cite/provision";
import { citationTargets } from "@/lib/cite/targets";
import { getGraph } from "@/lib/data";
import { parsePinpoint } from "@/lib/pinpoint";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return citationTargets(getGraph()).map(({ file }) => ({ file }));
}

/** `/cite/articles/28.bib`, `/cite/articles/28-4.ris`, `/cite/articles/2-h.json`: made by citation-js at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const graph = getGraph();
  const target = citationTargets(graph).find((item) => item.file === file);
  const pin = target && parsePinpoint(target.pin);
  if (!target || !pin) return new Response("Not found", { status: 404 });
  const { body, mediaType } = citationFile(cslItem(graph.treaty, pin, absoluteUrl(citationPath(pin))), target.format);
  return new Response(body, { headers: { "content-type": mediaType } });
}
