/**
 * The open data of the built site (out/, after `npm run build`): the JSON files against their
 * published schemas, the schemas against zod, the citation files read back with citation-js, the
 * schema.org data of every article and pinpoint page, and the Atom feed. Files are read from out/
 * with node:fs; the last stories use the served site.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { citationPath } from "../../lib/cite/provision";
import { citedTitle } from "../../lib/cite/styles";
import { contentHistory } from "../../lib/feed/history";
import { CITATION_FORMATS, DATA_SCHEMA_NAMES, fileNameOf, href, openDataHref } from "../../lib/graph/hrefs";
import { dataJsonSchema } from "../../lib/open-data/json-schema";
import { htmlFileFor } from "../../scripts/bench/client-weight";
import { DATA_SCHEMA_VERSION } from "../../lib/open-data/schemas";
import { clauseGraph } from "../../lib/schema/graph";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = join(ROOT, "out");
const graph = clauseGraph.parse(JSON.parse(readFileSync(join(ROOT, ".generated", "graph.json"), "utf8")));
const read = (sitePath: string) => readFileSync(join(OUT, sitePath), "utf8");
const readJson = (sitePath: string): Record<string, unknown> => JSON.parse(read(sitePath));
/** The path and fragment of an absolute URL: the files carry the origin they were built for. */
function local(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.hash}`;
}
const pins = graph.articles.flatMap((article) => [String(article.number), ...article.paragraphs.map((p) => p.pin)]);

test.beforeAll(() => {
  expect(existsSync(join(OUT, "index.html")), "run `npm run build` first").toBe(true);
});

test("every published JSON file validates against the schema it names, and every schema is the one zod generates", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const name of DATA_SCHEMA_NAMES) {
    const published = readJson(openDataHref.schema(name));
    const id = String(published.$id);
    expect(local(id), name).toBe(openDataHref.schema(name));
    expect(published, `${name}: regenerated from zod`).toEqual(dataJsonSchema(name, id));
    ajv.addSchema(published);
  }
  const articleFiles = graph.articles.map((a) => openDataHref.article(a.number));
  expect(readdirSync(join(OUT, "data", "articles")).sort()).toEqual(articleFiles.map(fileNameOf).sort());
  const files = [openDataHref.graph(), openDataHref.annotations(), openDataHref.stakeholders(), ...articleFiles];
  for (const file of files) {
    const data = readJson(file);
    const validate = ajv.getSchema(String(data.$schema));
    expect(validate, `${file}: $schema ${String(data.$schema)} is published`).toBeDefined();
    expect(validate?.(data) ? [] : validate?.errors, file).toEqual([]);
    expect(data.schemaVersion, file).toBe(DATA_SCHEMA_VERSION);
  }
  expect(files).toHaveLength(graph.articles.length + 3);
});

test("the .bib, .ris and CSL-JSON file of every article and pinpoint read back into the same title, pinpoint and URL", () => {
  const title = citedTitle(graph.treaty);
  let checked = 0;
  for (const pin of pins) {
    for (const format of CITATION_FORMATS) {
      const file = openDataHref.citation(pin, format);
      const entries = new Cite(read(file)).data;
      expect(entries, file).toHaveLength(1);
      const [entry] = entries;
      expect({ title: entry?.title, section: entry?.section, url: local(String(entry?.URL)) }, file).toEqual({
        title,
        section: `art. ${pin}`,
        url: citationPath(pin),
      });
      if (format === "json") expect(entry?.type, file).toBe("treaty");
      checked++;
    }
  }
  expect(checked).toBe(pins.length * 3);
  expect(pins.length).toBeGreaterThan(graph.articles.length);
});

test("no citation code ships to readers", () => {
  const chunks = join(OUT, "_next", "static", "chunks");
  const shipped = readdirSync(chunks).filter((f) => f.endsWith(".js") && /@biblatex|@ris\/file|citation-js/u.test(readFileSync(join(chunks, f), "utf8")));
  expect(shipped).toEqual([]);
});

/** The one JSON-LD block of a built page, parsed. */
function jsonLdOf(sitePath: string): Record<string, unknown> {
  const html = readFileSync(htmlFileFor(OUT, sitePath), "utf8");
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)].map((m) => m[1] ?? "");
  expect(blocks, sitePath).toHaveLength(1);
  return JSON.parse(blocks[0] ?? "");
}

test("every article and pinpoint page, and the home page, carry schema.org Legislation data", () => {
  for (const article of graph.articles) {
    const data = jsonLdOf(href.article(article.number));
    expect(data, `article ${article.number}`).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Legislation",
      legislationJurisdiction: "international",
      legislationDate: graph.treaty.adopted,
    });
    expect(data.legislationIdentifier).toBe(`${graph.treaty.shortTitle}, art. ${article.number}`);
    expect(local(String(data.url))).toBe(href.article(article.number));
    expect(data.isPartOf).toMatchObject({ "@type": "Legislation", legislationIdentifier: graph.treaty.documentSymbol });
    for (const paragraph of article.paragraphs) {
      const pinData = jsonLdOf(href.pinpointPage(paragraph.pin));
      expect(pinData, paragraph.pin).toMatchObject({ "@type": "Legislation", legislationIdentifier: `${graph.treaty.shortTitle}, art. ${paragraph.pin}` });
      expect(local(String(pinData.url))).toBe(href.pinpointPage(paragraph.pin));
    }
  }
  expect(jsonLdOf("/")).toMatchObject({ "@type": "Legislation", name: citedTitle(graph.treaty), legislationIdentifier: graph.treaty.documentSymbol });
});

test("the Atom feed is well-formed XML, lists every timeline event and each reported content change, and pages link to it", () => {
  const xml = read(openDataHref.feed());
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" }).parse(xml).feed;
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const ids: string[] = feed.entry.map((entry: { id: string }) => local(entry.id));
  expect(ids).toEqual(expect.arrayContaining(graph.timeline.map((event) => href.timeline(event.id))));
  const history = contentHistory.parse(JSON.parse(readFileSync(join(ROOT, ".generated", "history.json"), "utf8")));
  expect(ids.filter((id) => id.startsWith(openDataHref.feed("change-")))).toEqual(history.commits.map((c) => openDataHref.feed(`change-${c.commit}`)));
  expect(feed.entry).toHaveLength(graph.timeline.length + history.commits.length);
  for (const page of [href.home(), href.article(28), href.timeline()]) {
    expect(readFileSync(htmlFileFor(OUT, page), "utf8"), page).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Treaty Explorer: timeline and changes" href="${openDataHref.feed()}"/>`,
    );
  }
  expect(readFileSync(htmlFileFor(OUT, href.timeline()), "utf8")).toMatch(new RegExp(`<a href="${openDataHref.feed()}"[^>]*>Atom feed</a>`, "u"));
});

test.describe("a student cites article 28(4) in a paper", () => {
  test("copies the OSCOLA-like citation and downloads the BibLaTeX file from the cite panel", async ({ page, context, request }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/articles/28#p4");
    const paragraph = page.locator("#p4");
    await paragraph.locator("summary", { hasText: "Cite" }).click();
    const oscola = await paragraph.locator("[data-slot=citation-oscola]").innerText();
    expect(oscola).toMatch(/^United Nations Convention against Cybercrime \(adopted 24 December 2024, .*\) UN Doc A\/RES\/79\/243, art 28\(4\)$/u);
    await paragraph.getByRole("button", { name: "Copy OSCOLA-like citation" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oscola);
    await expect(paragraph.locator("[data-slot=citation-bluebook]")).toHaveText(/art\. 28\(4\), Dec\. 24, 2024, U\.N\. Doc\. A\/RES\/79\/243\.$/u);
    const bib = paragraph.getByRole("link", { name: "BibLaTeX (.bib) citation of article 28(4)" });
    const response = await request.get((await bib.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^@legal\{UNCC_art28_4,/u);
    await expect(page.locator("[data-slot=cite-panel] summary", { hasText: "Cite this article" })).toHaveCount(1);
  });

  test("finds every data file and schema from the /data page", async ({ page, request }) => {
    await page.goto(openDataHref.page());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data and citations");
    const links = await page.locator("main a[href^='/data/'], main a[href^='/cite/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(links).toEqual(
      expect.arrayContaining([
        openDataHref.graph(),
        openDataHref.annotations(),
        openDataHref.stakeholders(),
        ...DATA_SCHEMA_NAMES.map((n) => openDataHref.schema(n)),
      ]),
    );
    for (const link of new Set(links)) expect((await request.get(link)).status(), link).toBe(200);
  });
});
