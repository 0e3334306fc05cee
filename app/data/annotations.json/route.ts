import { getGraph } from "@/lib/data";
import { getOfficial } from "@/lib/official/data";
import { annotationsData } from "@/lib/open-data/build";
import { jsonResponse } from "@/lib/open-data/response";
import { annotationsDataFile } from "@/lib/open-data/schemas";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** `/data/annotations.json`: every annotation with its sources. */
export function GET() {
  return jsonResponse(annotationsDataFile.parse(annotationsData(getGraph(), absoluteUrl, getOfficial()?.text.source)));
}
