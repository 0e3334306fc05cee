import { getGraph } from "@/lib/data";
import { graphData } from "@/lib/open-data/build";
import { jsonResponse } from "@/lib/open-data/response";
import { graphDataFile } from "@/lib/open-data/schemas";
import { absoluteUrl } from "@/lib/site";
import { getOfficial } from "@/lib/official/data";

export const dynamic = "force-static";

/** `/data/graph.json`: the whole clause graph, checked against its published schema as it is written. */
export function GET() {
  return jsonResponse(graphDataFile.parse(graphData(getGraph(), absoluteUrl, getOfficial()?.text.source)), { compact: true });
}
