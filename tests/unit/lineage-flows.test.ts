/**
 * The lineage diagram's data and geometry, and the lineage queries, on the minimal fixture plus a
 * tiny lineage folder (tests/fixtures/lineage): two UN articles, four Budapest articles.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { lineageSitePaths } from "../../lib/lineage/site-paths";
import { lineageFlows, NONE_MODELS } from "../../lib/lineage/flows";
import { lineageNews, mappingFor, placeOf, unArticlesMappedTo } from "../../lib/lineage/queries";
import { layoutSankey, SANKEY } from "../../lib/lineage/sankey";
import { lineageSearchRecords } from "../../lib/search/lineage-records";
import type { ClauseGraph } from "../../lib/schema/graph";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";
import { FIXTURES, MINIMAL } from "./fixture-tree";

function compileFixture(): ClauseGraph {
  const problems = new ProblemList();
  const files = readContentFiles(join(MINIMAL, "content"), MINIMAL, problems);
  for (const [path, text] of readContentFiles(join(FIXTURES, "lineage", "content"), join(FIXTURES, "lineage"), problems)) files.set(path, text);
  const result = compileContent({ files, sources: readSharedSources(join(MINIMAL, "sources")) }, problems);
  if (!result.graph) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.graph;
}

const graph = compileFixture();

describe("lineage flows", () => {
  const flows = lineageFlows(graph);
  const simple = flows.flows.map((f) => `${f.from}>${f.unChapter} ${f.weight} [${f.articles.join(",")}]`).sort();

  it("splits a UN article equally between its counterparts on each side", () => {
    expect(simple).toEqual([
      "budapest:I>I 1 [1]",
      "budapest:II.1>II 0.5 [2]",
      "budapest:II.2>II 0.5 [2]",
      "models:none>II 1 [2]",
      "uncac:I>I 0.5 [1]",
      "untoc>I 0.5 [1]",
    ]);
  });

  it("adds up, on each side, to the number of mapped UN articles", () => {
    for (const side of ["budapest", "un-models"] as const) {
      expect(flows.flows.filter((f) => f.side === side).reduce((sum, f) => sum + f.weight, 0)).toBeCloseTo(2);
    }
    expect(flows.un.map((n) => [n.key, n.articles])).toEqual([
      ["I", 1],
      ["II", 1],
    ]);
  });

  it("orders blocks as the treaties do, with the no-counterpart block last", () => {
    expect(flows.budapest.map((n) => n.key)).toEqual(["budapest:I", "budapest:II.1", "budapest:II.2"]);
    expect(flows.models.map((n) => n.key)).toEqual(["untoc", "uncac:I", NONE_MODELS]);
    expect(flows.budapest[1]).toEqual({
      key: "budapest:II.1",
      label: "Budapest II §1 Substantive criminal law",
      name: "Budapest Convention, Chapter II, Section 1 – Substantive criminal law",
    });
  });
});

describe("lineage diagram layout", () => {
  const layout = layoutSankey(lineageFlows(graph));

  it("sizes every block by its articles and keeps the blocks of a column apart, inside the picture", () => {
    for (const column of [0, 1, 2]) {
      const nodes = layout.nodes.filter((n) => n.column === column);
      for (const node of nodes) {
        expect(node.height).toBeCloseTo(node.size * SANKEY.unit, 1);
        expect(node.y).toBeGreaterThanOrEqual(0);
        expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
      }
      for (let i = 1; i < nodes.length; i++) expect(nodes[i]!.y).toBeGreaterThanOrEqual(nodes[i - 1]!.y + nodes[i - 1]!.height + SANKEY.gap - 0.2);
    }
  });

  it("draws one band per flow, from the outer block's edge to the UN chapter's edge", () => {
    expect(layout.bands).toHaveLength(6);
    const toChapterOne = layout.bands.find((b) => b.flow.from === "budapest:I")!;
    const left = layout.nodes.find((n) => n.key === "budapest:I")!;
    const un = layout.nodes.find((n) => n.column === 1 && n.key === "I")!;
    expect(toChapterOne.d.startsWith(`M${SANKEY.columns[0] + SANKEY.nodeWidth} ${left.y}C`)).toBe(true);
    expect(toChapterOne.d).toContain(` ${SANKEY.columns[1]} ${un.y}L`);
    const fromModels = layout.bands.find((b) => b.flow.from === "untoc")!;
    expect(fromModels.d.startsWith(`M${SANKEY.columns[2]} `)).toBe(true);
  });
});

describe("lineage queries, pages and search records", () => {
  it("finds mappings both ways", () => {
    expect(mappingFor(graph, 2)?.counterparts.map((c) => `${c.treaty} ${c.article}${c.paragraph ? `(${c.paragraph})` : ""} ${c.title}`)).toEqual([
      "budapest 2 Illegal access",
      "budapest 19(4) Search and seizure of stored computer data",
    ]);
    expect(unArticlesMappedTo(graph, "budapest", 19).map((row) => row.article.number)).toEqual([2]);
    expect(unArticlesMappedTo(graph, "budapest", 10)).toEqual([]);
  });

  it("summarises what is new", () => {
    const news = lineageNews(graph);
    expect(news.noCounterpart).toEqual([]);
    expect(news.notInBudapest).toEqual([]);
    expect(news.widened.map((w) => `${w.mapping.article}>${w.counterpart.treaty} ${w.counterpart.article}`)).toEqual(["1>budapest 1"]);
    expect(news.narrowed.map((w) => `${w.mapping.article}>${w.counterpart.treaty} ${w.counterpart.article}`)).toEqual(["2>budapest 2"]);
  });

  it("says where an article sits", () => {
    const budapest = graph.lineage.treaties[0]!;
    expect(
      placeOf(
        budapest,
        budapest.articles.find((a) => a.number === 19)!,
      ),
    ).toBe("Chapter II – Measures to be taken at the national level · Section 2 – Procedural law");
    const untoc = graph.lineage.treaties[1]!;
    expect(placeOf(untoc, untoc.articles[0]!)).toBe("");
  });

  it("lists every lineage page for the sitemap, and gives each listed article a search record leading to it", () => {
    const paths = lineageSitePaths(graph);
    expect(paths).toEqual([
      "/lineage",
      "/lineage/budapest",
      "/lineage/untoc",
      "/lineage/uncac",
      "/lineage/budapest/1",
      "/lineage/budapest/2",
      "/lineage/budapest/10",
      "/lineage/budapest/19",
      "/lineage/untoc/18",
      "/lineage/uncac/2",
    ]);
    const records = lineageSearchRecords(graph);
    expect(records.map((r) => r.href).sort()).toEqual(paths.filter((p) => p.split("/").length === 4).sort());
    const untoc = records.find((r) => r.id === "counterpart:untoc:18")!;
    expect(untoc.names).toEqual(["UNTOC article 18", "UNTOC 18"]);
    expect(untoc.text).toBe("Comparable UN provisions: UN article 1, Use of terms.");
    expect(records.find((r) => r.id === "counterpart:budapest:10")!.text).toBe("No UN offence on copyright.");
    expect(records.find((r) => r.id === "counterpart:budapest:19")!.names).toEqual(["Budapest Convention article 19"]);
  });
});
