import { serializeJsonLd, type LegislationJsonLd } from "@/lib/open-data/json-ld";

/** schema.org data for search engines and citation tools: a data block, never executed. */
export function JsonLd({ data }: { data: LegislationJsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
