import { DATA_SCHEMA_NAMES, fileNameOf, openDataHref } from "@/lib/graph/hrefs";
import { dataJsonSchema } from "@/lib/open-data/json-schema";
import { jsonResponse } from "@/lib/open-data/response";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";
export const dynamicParams = false;

const schemaFiles = () => DATA_SCHEMA_NAMES.map((name) => ({ name, file: fileNameOf(openDataHref.schema(name)) }));

export function generateStaticParams() {
  return schemaFiles().map(({ file }) => ({ file }));
}

/** `/data/schema/<name>.schema.json`: the JSON Schema generated from the file's zod schema. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = schemaFiles().find((item) => item.file === file);
  if (!found) return new Response("Not found", { status: 404 });
  return jsonResponse(dataJsonSchema(found.name, absoluteUrl(openDataHref.schema(found.name))), { mediaType: "application/schema+json; charset=utf-8" });
}
