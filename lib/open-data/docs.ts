import { citationStrings } from "../cite/styles";
import { citationPath } from "../cite/provision";
import { CITATION_FORMATS, openDataHref, type CitationFormat, type DataSchemaName } from "../graph/hrefs";
import { parsePinpoint, type Pinpoint } from "../pinpoint";
import type { ClauseGraph } from "../schema/graph";
import { annotationsData, articleData, graphData, stakeholdersData, type ToUrl } from "./build";
import { exampleText } from "./example";

/** One published file as the /data page documents it. */
export interface DataFileDoc {
  schema: DataSchemaName;
  title: string;
  path: string;
  /** How many files of this kind (68 article files, one of each other). */
  count: number;
  description: string;
  example: string;
}

/** The article the examples use: 28 (search and seizure), or the first one there is. */
function exampleArticle(graph: ClauseGraph): number {
  return (graph.articles.find((a) => a.number === 28) ?? graph.articles[0])?.number ?? 1;
}

/** The files of /data, each with a shortened real example built from this graph. */
export function dataFileDocs(graph: ClauseGraph, url: ToUrl): DataFileDoc[] {
  const n = exampleArticle(graph);
  return [
    {
      schema: "graph",
      title: "The whole clause graph",
      path: openDataHref.graph(),
      count: 1,
      description:
        "Everything the site is built from: the treaty's facts, chapters, articles with their paragraphs and digests, terms, key issues, stakeholders, sources, annotations, the timeline, and the edges between them (contains, references, defines, uses, annotates, said-by, cites, tagged). Node ids look like article:28, paragraph:28(4), term:serious-crime.",
      example: exampleText(graphData(graph, url)),
    },
    {
      schema: "article",
      title: "One article",
      path: openDataHref.article(n),
      count: graph.articles.length,
      description:
        "One file per article, /data/articles/<number>.json: the article and its paragraphs (each with its address and citation files), what its digest refers to, what refers to it (backlinks), the defined terms it uses or defines, its key issues and every annotation on it or its paragraphs.",
      example: exampleText(articleData(graph, n, url)),
    },
    {
      schema: "annotations",
      title: "Every annotation",
      path: openDataHref.annotations(),
      count: 1,
      description:
        "What governments, rights groups, industry and commentators said, each annotation with its stakeholder, the provisions it concerns, a stance, our paraphrase and, where there is one, a short verbatim quote; and the sources they come from.",
      example: exampleText(annotationsData(graph, url)),
    },
    {
      schema: "stakeholders",
      title: "Every stakeholder",
      path: openDataHref.stakeholders(),
      count: 1,
      description:
        "Groups, governments, organisations and people, with the group each belongs to and how many annotations are theirs (their own and those of anyone below them).",
      example: exampleText(stakeholdersData(graph, url)),
    },
  ];
}

/** The example citation the page shows: paragraph 4 of the example article when the graph has it. */
export function citationExample(
  graph: ClauseGraph,
  url: ToUrl,
): { pin: Pinpoint; strings: ReturnType<typeof citationStrings>; files: Array<{ format: CitationFormat; path: string }> } {
  const n = exampleArticle(graph);
  const paragraphs = graph.articles.find((a) => a.number === n)?.paragraphs ?? [];
  const first = (paragraphs.find((p) => p.pin === `${n}(4)`) ?? paragraphs[0])?.pin;
  const pin = parsePinpoint(first ?? String(n)) ?? { article: n };
  return {
    pin,
    strings: citationStrings(graph.treaty, pin, url(citationPath(pin))),
    files: CITATION_FORMATS.map((format) => ({ format, path: openDataHref.citation(pin, format) })),
  };
}
