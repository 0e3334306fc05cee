/**
 * Ranking table: real queries against the REAL content, compiled afresh in beforeAll the way
 * `npm run content` does it (never a possibly stale .generated/search-index.json).
 * Each row names the record(s) that must come first; the engine knows nothing of these rows.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import { createSearchEngine, readSearchIndex, serializeSearchIndex, type SearchEngine } from "../../lib/search/engine";
import { searchRecords } from "../../lib/search/filters";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let engine: SearchEngine;

beforeAll(() => {
  const problems = new ProblemList();
  const files = readContentFiles(resolve(ROOT, "content"), ROOT, problems);
  const sources = readSharedSources(resolve(ROOT, "../shared/sources"));
  const result = compileContent({ files, sources, root: "content" }, problems);
  if (!result.search) throw new Error(`content does not compile:\n${result.problems.map(formatProblem).join("\n")}`);
  // Round-trip through the index file, exactly as the browser receives /search-index.json.
  engine = createSearchEngine(readSearchIndex(JSON.parse(serializeSearchIndex(result.search))));
}, 60_000);

/** [query, the id the first result must have (or one of these ids), what the row checks]. */
const TABLE: Array<[string, string | string[], string]> = [
  // Defined terms and exact phrases
  ["serious crime", ["paragraph:2(h)", "term:serious-crime"], "phrase: the definition and the term page first"],
  ["Serious Crime", ["paragraph:2(h)", "term:serious-crime"], "case does not matter"],
  ["serious crimes", ["paragraph:2(h)", "term:serious-crime"], "plural of a term"],
  ["mutual legal assistance", "term:mutual-legal-assistance", "term beats titles that contain it"],
  ["MLA", "term:mutual-legal-assistance", "alias / abbreviation"],
  ["dual criminality", "term:dual-criminality", "key term without a definition"],
  ["personal data", ["term:personal-data", "paragraph:2(g)"], "defined term"],
  ["traffic data", ["term:traffic-data", "paragraph:2(c)"], "defined term"],
  ["virtual assets", ["term:property", "paragraph:2(i)"], "words inside a definition"],
  ["production order", ["term:production-order", "article:27"], "term and article title"],
  // Titles
  ["extradition", "article:37", "article title"],
  ["misuse of devices", "article:11", "article title with a stopword"],
  ["interception of content data", "article:30", "long article title"],
  ["statute of limitations", "article:20", "article title"],
  ["grooming", ["article:15", "paragraph:15(1)"], "one word of a long title or label"],
  ["confidentiality", "topic:confidentiality-and-secrecy", "topic title"],
  ["security research", "topic:security-research", "topic title above the term's alias"],
  ["budapest", "topic:relation-to-budapest-convention", "topic title"],
  // Typos and prefixes
  ["extradtion", "article:37", "typo"],
  ["extrad", "article:37", "prefix while typing"],
  ["securty reserch", "topic:security-research", "two typos"],
  ["surveilance", "topic:domestic-surveillance-powers", "typo in a topic title"],
  ["emergncy", ["term:emergency", "paragraph:2(o)"], "typo in a defined term"],
  ["mccart", "stakeholder:deborah-mccarthy", "prefix of a name"],
  // Pinpoints
  ["28(4)", "paragraph:28(4)", "pinpoint"],
  ["art 28.4", "paragraph:28(4)", "dotted pinpoint"],
  ["article 2 h", "paragraph:2(h)", "spaced pinpoint"],
  ["2(h)", "paragraph:2(h)", "lettered item"],
  ["2h", "paragraph:2(h)", "run-together pinpoint"],
  ["art. 11(1)(a)(ii)", "paragraph:11(1)(a)(ii)", "four-level pinpoint"],
  ["11.1.a.ii", "paragraph:11(1)(a)(ii)", "dotted four-level pinpoint"],
  ["37(99)", "article:37", "missing paragraph falls back to the article"],
  ["Article 41", "article:41", "article by number"],
  ["41", "article:41", "bare article number"],
  // Numbers and symbols
  ["24/7", ["article:41", "term:24-7-network"], "symbol inside a title"],
  ["24/7 network", ["article:41", "term:24-7-network"], "symbol and word"],
  ["four years", "paragraph:2(h)", "number word in the definition"],
  ["4 years", "paragraph:2(h)", "digit matches the number word"],
  ["90 days", "paragraph:25(2)", "number in a paragraph label"],
  // Earlier treaties (lineage pages)
  ["Budapest article 19", "counterpart:budapest:19", "Budapest article by number"],
  ["budapest 19", "counterpart:budapest:19", "Budapest article without the word article"],
  ["Budapest Convention article 24", "counterpart:budapest:24", "Budapest article by full citation"],
  ["UNTOC 18", "counterpart:untoc:18", "UNTOC article by acronym and number"],
  ["UNCAC article 46", "counterpart:uncac:46", "UNCAC article by citation"],
  ["untoc art 16", "counterpart:untoc:16", "abbreviated citation"],
  // People and organisations
  ["McCarthy", "stakeholder:deborah-mccarthy", "speaker surname"],
  ["Deborah McCarthy", "stakeholder:deborah-mccarthy", "speaker full name"],
  ["Nick Ashton-Hart", "stakeholder:nick-ashton-hart", "hyphenated name"],
  ["Ashton Hart", "stakeholder:nick-ashton-hart", "hyphen typed as a space"],
  ["Wyden", "stakeholder:ron-wyden", "senator"],
  ["Stephane Duguin", "stakeholder:stephane-duguin", "diacritics ignored"],
  ["Human Rights Watch", "stakeholder:human-rights-watch", "organisation"],
  ["Cybersecurity Tech Accord", "stakeholder:cybersecurity-tech-accord", "organisation"],
  ["tech accord", "stakeholder:cybersecurity-tech-accord", "part of a name"],
  ["US Chamber", "stakeholder:us-chamber-of-commerce", "U.S. written as US"],
  ["white house", "stakeholder:white-house", "government body"],
  ["Privacy International", "stakeholder:privacy-international", "organisation"],
];

describe("search ranking on the real content", () => {
  it("has at least 30 rows", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TABLE)("%s → %s (%s)", (query, expected) => {
    const results = searchRecords(engine, query, { limit: 10 });
    const top = results[0]?.record.id;
    const wanted = Array.isArray(expected) ? expected : [expected];
    expect(
      wanted,
      `top 5: ${results
        .slice(0, 5)
        .map((r) => `${r.record.id} ${r.score}`)
        .join(", ")}`,
    ).toContain(top);
  });

  it("puts both the 2(h) definition and the term page above every record without the phrase", () => {
    const results = searchRecords(engine, "serious crime", { limit: 100 });
    expect(
      results
        .slice(0, 2)
        .map((r) => r.record.id)
        .sort(),
    ).toEqual(["paragraph:2(h)", "term:serious-crime"]);
    expect(
      results
        .slice(0, 2)
        .map((r) => r.record.href)
        .sort(),
    ).toEqual(["/articles/2#h", "/terms/serious-crime"]);
    const scattered = results.filter((r) => r.match === "words");
    const definition = results.find((r) => r.record.id === "paragraph:2(h)")!;
    for (const r of scattered) expect(r.score).toBeLessThan(definition.score);
  });

  it("ranks an exact phrase above the same words scattered", () => {
    const phrase = searchRecords(engine, "serious crime", { limit: 100 });
    const reversed = searchRecords(engine, "crime serious", { limit: 100 });
    const inOrder = phrase.find((r) => r.record.id === "paragraph:2(h)")!.score;
    const outOfOrder = reversed.find((r) => r.record.id === "paragraph:2(h)")!.score;
    expect(inOrder).toBeGreaterThan(outOfOrder);
  });

  it("puts the speaker's annotations right after the speaker", () => {
    const results = searchRecords(engine, "McCarthy", { limit: 10 });
    expect(results[0]?.record.id).toBe("stakeholder:deborah-mccarthy");
    for (const r of results.slice(1, 5)) expect(r.record.title).toBe("Deborah McCarthy");
  });

  it("sends an earlier treaty's citation to its lineage page, whose text names the UN counterpart", () => {
    const [budapest] = searchRecords(engine, "Budapest article 19", { limit: 5 });
    expect(budapest?.record.href).toBe("/lineage/budapest/19");
    expect(budapest?.record.text).toContain("UN article 28");
    expect(searchRecords(engine, "UNTOC 18", { limit: 5 })[0]?.record.href).toBe("/lineage/untoc/18");
  });

  it("links a pinpoint result to its paragraph anchor, then its relatives", () => {
    const results = searchRecords(engine, "2(h)");
    expect(results[0]?.record.href).toBe("/articles/2#h");
    expect(results[0]?.match).toBe("pinpoint");
    expect(results.map((r) => r.record.id)).toContain("term:serious-crime");
    expect(results.map((r) => r.record.id)).toContain("article:2");
  });

  it("filters by kind and by stakeholder group", () => {
    const terms = searchRecords(engine, "serious crime", { kinds: ["term"] });
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((r) => r.record.kind === "term")).toBe(true);
    const extradition = searchRecords(engine, "extradition", { kinds: ["commentary"] });
    expect(extradition[0]?.record.id).toBe("annotation:rln-mccarthy-extradition-win");
    const industry = searchRecords(engine, "security researchers", { groups: ["technology-industry"] });
    expect(industry.length).toBeGreaterThan(0);
    expect(industry.every((r) => r.record.group === "technology-industry")).toBe(true);
  });

  it("highlights the matched words in the title and the snippet", () => {
    const [first] = searchRecords(engine, "90 days", { limit: 1 });
    expect(first).toBeDefined();
    const marked = first!.titleRanges.map(([s, e]) => first!.record.title.slice(s, e));
    expect(marked).toContain("90 days");
    const inSnippet = first!.snippet.ranges.map(([s, e]) => first!.snippet.text.slice(s, e).toLowerCase());
    expect(inSnippet).toContain("90 days");
  });
});
