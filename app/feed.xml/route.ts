import { getContentHistory, getGraph } from "@/lib/data";
import { atomXml } from "@/lib/feed/atom";
import { feedDocument } from "@/lib/feed/entries";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** `/feed.xml`: the timeline and the changes to digests and annotations, as Atom. */
export function GET() {
  return new Response(atomXml(feedDocument(getGraph(), getContentHistory(), absoluteUrl)), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
