import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getContentHistory, getGraph } from "@/lib/data";
import { CITATION_STYLE_LABEL, CITATION_STYLES } from "@/lib/cite/styles";
import { href, openDataHref } from "@/lib/graph/hrefs";
import { getOfficial } from "@/lib/official/data";
import { DATA_LICENCE, DIGEST_NOTICE, officialTextStatus } from "@/lib/open-data/dataset";
import { citationExample, dataFileDocs } from "@/lib/open-data/docs";
import { DATA_SCHEMA_VERSION } from "@/lib/open-data/schemas";
import { formatPinpoint } from "@/lib/pinpoint";
import { absoluteUrl } from "@/lib/site";

export const metadata: Metadata = {
  title: "Open data and citations",
  description:
    "The clause graph as static JSON files with JSON Schemas, schema.org data on every article page, citations in BibLaTeX, RIS and CSL-JSON, and an Atom feed.",
};

const STYLE_RULES = {
  plain: "Our own short form: the Convention's short title, the pinpoint, and the address of the paragraph on this site.",
  oscola:
    "After the treaty form of OSCOLA (Oxford University Standard for the Citation of Legal Authorities, 4th edition): the title, then in brackets when it was adopted and opened for signature, then where it is published, then the pinpoint as “art” with no full stop. No treaty series volume exists yet, so the UN document symbol stands in for it.",
  bluebook:
    "After rule 21.4 of The Bluebook (international agreements): the title, then the article cited, then the date, then the source, ending with a full stop. With no U.N.T.S. volume yet, the UN document symbol is the source.",
} as const;

export default function DataPage() {
  const graph = getGraph();
  const files = dataFileDocs(graph, absoluteUrl);
  const cite = citationExample(graph, absoluteUrl);
  const official = officialTextStatus(graph, getOfficial()?.text.source);
  const history = getContentHistory();
  return (
    <article className="space-y-6">
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Open data and citations" }]} />
      <h1 className="text-2xl font-bold">Open data and citations</h1>
      <p>
        Everything on this site comes from one typed clause graph. It is published here as static JSON files, each with a JSON Schema, so you can build on it
        without scraping pages. Schema version {DATA_SCHEMA_VERSION}; every file says which version it follows and links its schema.
      </p>
      <aside className="card p-3 text-sm" aria-label="Not the official text">
        <p>
          <strong>Digests, not the official text.</strong> {DIGEST_NOTICE} {official.note}
        </p>
      </aside>
      <DataFiles files={files} />
      <Licence />
      <Citations cite={cite} />
      <section aria-labelledby="linked-data" className="space-y-2">
        <h2 id="linked-data" className="text-xl font-semibold">
          Data in the pages
        </h2>
        <p>
          The home page, every article page and every paragraph page carry schema.org <code>Legislation</code> data (JSON-LD): name, identifier, jurisdiction
          “international”, the adoption date, the address, and what it is part of (a paragraph of its article, an article of the Convention).
        </p>
      </section>
      <section aria-labelledby="feed" className="space-y-2">
        <h2 id="feed" className="text-xl font-semibold">
          Feed
        </h2>
        <p>
          <a href={openDataHref.feed()} type="application/atom+xml">
            {openDataHref.feed()}
          </a>{" "}
          is an Atom feed of the <Link href={href.timeline()}>timeline</Link> (the Convention&apos;s path to entry into force) and of changes to our digests and
          annotations, with their date and what changed.{" "}
          {history.available
            ? `This build lists the ${history.commits.length} most recent content changes, taken from the repository's history.`
            : "This build lists the timeline only: no repository history was available when it was made."}
        </p>
      </section>
    </article>
  );
}

function DataFiles({ files }: { files: ReturnType<typeof dataFileDocs> }) {
  return (
    <section aria-labelledby="files" className="space-y-4">
      <h2 id="files" className="text-xl font-semibold">
        Files
      </h2>
      {files.map((file) => (
        <section key={file.schema} aria-labelledby={`file-${file.schema}`} className="card p-3 space-y-2">
          <h3 id={`file-${file.schema}`} className="font-semibold">
            {file.title}: <a href={file.path}>{file.path}</a>
            {file.count > 1 ? ` (one of ${file.count})` : ""}
          </h3>
          <p>{file.description}</p>
          <p className="text-sm">
            JSON Schema: <a href={openDataHref.schema(file.schema)}>{openDataHref.schema(file.schema)}</a> (draft 2020-12, generated from the site&apos;s zod
            schemas).
          </p>
          <details>
            <summary className="cursor-pointer text-sm">Example (arrays cut to their first item, long strings shortened)</summary>
            <pre className="text-xs overflow-x-auto p-2" tabIndex={0}>
              {file.example}
            </pre>
          </details>
        </section>
      ))}
      <p className="text-sm">
        Fields named <code>html</code> hold the digest as sanitised HTML with links relative to this site; <code>text</code> is the same as plain text. Node ids
        (<code>article:28</code>, <code>paragraph:28(4)</code>) are stable; so are the addresses.
      </p>
    </section>
  );
}

function Licence() {
  return (
    <section aria-labelledby="licence" className="space-y-2">
      <h2 id="licence" className="text-xl font-semibold">
        Licence
      </h2>
      <p>
        <a href={DATA_LICENCE.url} rel="external license">
          {DATA_LICENCE.name}
        </a>{" "}
        ({DATA_LICENCE.id}). {DATA_LICENCE.scope}
      </p>
    </section>
  );
}

function Citations({ cite }: { cite: ReturnType<typeof citationExample> }) {
  return (
    <section aria-labelledby="citations" className="space-y-2">
      <h2 id="citations" className="text-xl font-semibold">
        Citations
      </h2>
      <p>
        Every article and paragraph has a <strong>Cite</strong> panel with ready strings in three styles and files for reference managers (Zotero, EndNote,
        Mendeley, LaTeX). The files are made when the site is built, with citation-js; nothing about citations runs in your browser. Example, article{" "}
        {formatPinpoint(cite.pin)}:
      </p>
      <dl className="space-y-2">
        {CITATION_STYLES.map((style) => (
          <div key={style}>
            <dt className="font-semibold">{CITATION_STYLE_LABEL[style]}</dt>
            <dd>
              <code>{cite.strings[style]}</code>
              <p className="text-sm muted">{STYLE_RULES[style]}</p>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        Files: <code>/cite/articles/&lt;article&gt;[-&lt;paragraph&gt;[-&lt;letter&gt;[-&lt;item&gt;]]].bib|ris|json</code>, for example{" "}
        {cite.files.map((file, index) => (
          <span key={file.format}>
            {index > 0 && ", "}
            <a href={file.path}>{file.path}</a>
          </span>
        ))}
        . The .bib file is BibLaTeX (entry type <code>@legal</code>, with the pinpoint in <code>pages</code>); the .json file is CSL-JSON with type{" "}
        <code>treaty</code> and the pinpoint in <code>section</code>.
      </p>
    </section>
  );
}
