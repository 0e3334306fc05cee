import { getGraph } from "@/lib/data";
import { fileNameOf, openDataHref } from "@/lib/graph/hrefs";
import { articleData } from "@/lib/open-data/build";
import { jsonResponse } from "@/lib/open-data/response";
import { articleDataFile } from "@/lib/open-data/schemas";
import { absoluteUrl } from "@/lib/site";
import { getOfficial } from "@/lib/official/data";

export const dynamic = "force-static";
export const dynamicParams = false;

const articleFiles = () => getGraph().articles.map((article) => ({ number: article.number, file: fileNameOf(openDataHref.article(article.number)) }));

export function generateStaticParams() {
  return articleFiles().map(({ file }) => ({ file }));
}

/** `/data/articles/<n>.json`: one article with its paragraphs, links, terms, topics and annotations. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = articleFiles().find((item) => item.file === file);
  const data = found && articleData(getGraph(), found.number, absoluteUrl, getOfficial()?.text.source);
  if (!data) return new Response("Not found", { status: 404 });
  return jsonResponse(articleDataFile.parse(data));
}
