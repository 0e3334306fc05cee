import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { testGraph } from "../graph/test-graph";
import type { ClauseGraph } from "../schema/graph";
import { atomXml, escapeXml } from "./atom";
import { describeChange, feedDocument, partialDateToRfc3339 } from "./entries";
import { parseGitLog, type ContentHistory } from "./history";

const url = (path: string) => `https://example.org${path}`;

function graphWithTimeline(): ClauseGraph {
  const graph = testGraph();
  const event = (id: string, date: string, title: string) => ({
    id,
    status: "done" as const,
    date,
    precision: "day" as const,
    approximate: false,
    title,
    description: `About ${id}`,
    sources: ["src", "public record"],
    provisions: ["2(1)"],
  });
  return { ...graph, timeline: [event("adopted", "2024-12-24", "Adopted"), event("talks", "2024", 'Talks <&> "end"'), event("opened", "2025-10", "Opened")] };
}

const GIT_LOG = [
  "\x1eaaa111\x1f2025-11-02T10:00:00+00:00",
  "",
  "M\tcontent/articles/2.md",
  "A\tcontent/annotations/src.yaml",
  "\x1ebbb222\x1f2025-01-05T08:00:00+01:00",
  "",
  "D\tcontent/articles/9.md",
  "M\tcontent/preamble.md",
  "\x1eccc333\x1f2024-01-01T00:00:00+00:00",
  "",
  "",
].join("\n");

describe("content history from git", () => {
  it("reads commits with their date and changed files, dropping empty ones", () => {
    const commits = parseGitLog(GIT_LOG);
    expect(commits.map((c) => c.commit)).toEqual(["aaa111", "bbb222"]);
    expect(commits[0]?.changes).toEqual([
      { path: "content/articles/2.md", status: "modified" },
      { path: "content/annotations/src.yaml", status: "added" },
    ]);
    expect(parseGitLog("")).toEqual([]);
  });

  it("says what a changed file is to a reader, without a link once it is gone", () => {
    const graph = testGraph();
    expect(describeChange(graph, { path: "content/articles/2.md", status: "modified" })).toEqual({
      label: "Digest of article 2 (Title 2) revised",
      path: "/articles/2",
    });
    expect(describeChange(graph, { path: "content/annotations/src.yaml", status: "added" })).toEqual({
      label: "Annotations from “Source” added",
      path: "/sources/src",
    });
    expect(describeChange(graph, { path: "content/articles/9.md", status: "deleted" })).toEqual({ label: "Digest of article 9 removed", path: undefined });
  });
});

describe("the Atom feed", () => {
  const history: ContentHistory = { available: true, commits: parseGitLog(GIT_LOG) };
  const xml = atomXml(feedDocument(graphWithTimeline(), history, url));
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" || name === "category" }).parse(xml);

  it("is well-formed XML with an Atom feed root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(parsed.feed.id).toBe("https://example.org/feed.xml");
  });

  it("lists every timeline event and every content commit, newest first", () => {
    const entries: Array<{ id: string; title: string; updated: string }> = parsed.feed.entry;
    expect(entries.map((e) => e.id)).toEqual([
      "https://example.org/feed.xml#change-aaa111",
      "https://example.org/timeline#opened",
      "https://example.org/feed.xml#change-bbb222",
      "https://example.org/timeline#adopted",
      "https://example.org/timeline#talks",
    ]);
    expect(parsed.feed.updated).toBe("2025-11-02T10:00:00+00:00");
    expect(entries.find((e) => e.id.endsWith("#talks"))?.title).toBe('Talks <&> "end"');
    expect(entries.find((e) => e.id.endsWith("#change-bbb222"))?.title).toBe("Updated: the digest of 1 article and the preamble");
  });

  it("without a repository history, lists the timeline only and says so", () => {
    const bare = feedDocument(graphWithTimeline(), { available: false, reason: "no git", commits: [] }, url);
    expect(bare.entries).toHaveLength(3);
    expect(bare.subtitle).toMatch(/not listed/u);
  });

  it("lists a pending step, dated when the treaty's status was last checked", () => {
    const graph = graphWithTimeline();
    const pending = {
      id: "in-force",
      status: "pending" as const,
      approximate: false,
      title: "Entry into force",
      description: "Not yet.",
      sources: ["src"],
      provisions: [],
    };
    const feed = feedDocument({ ...graph, timeline: [...graph.timeline, pending] }, { available: false, reason: "no git", commits: [] }, url);
    const entry = feed.entries.find((e) => e.id.endsWith("#in-force"))!;
    expect(entry.updated).toBe(partialDateToRfc3339(graph.treaty.status.checked));
    expect(entry.summary).toBe("Not yet reached: Not yet.");
  });

  it("dates partial dates at their start and escapes text", () => {
    expect([partialDateToRfc3339("2024"), partialDateToRfc3339("2024-07"), partialDateToRfc3339("2024-07-29")]).toEqual([
      "2024-01-01T00:00:00Z",
      "2024-07-01T00:00:00Z",
      "2024-07-29T00:00:00Z",
    ]);
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });
});
