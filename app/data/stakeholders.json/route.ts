import { getGraph } from "@/lib/data";
import { stakeholdersData } from "@/lib/open-data/build";
import { jsonResponse } from "@/lib/open-data/response";
import { stakeholdersDataFile } from "@/lib/open-data/schemas";
import { absoluteUrl } from "@/lib/site";
import { getOfficial } from "@/lib/official/data";

export const dynamic = "force-static";

/** `/data/stakeholders.json`: every stakeholder with its annotation count. */
export function GET() {
  return jsonResponse(stakeholdersDataFile.parse(stakeholdersData(getGraph(), absoluteUrl, getOfficial()?.text.source)));
}
