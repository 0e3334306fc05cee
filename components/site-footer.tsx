import Link from "next/link";
import { getGraph } from "@/lib/data";
import { href, openDataHref } from "@/lib/graph/hrefs";

/** Every page says these are digests, and where the official text is. */
export function SiteFooter() {
  const { treaty } = getGraph();
  return (
    <footer className="border-t mt-8" style={{ borderColor: "var(--border)" }}>
      <div className="max-w-5xl mx-auto px-4 py-6 text-sm muted space-y-2">
        <p>
          Treaty Explorer shows plain-language digests written by us, not the official text of the {treaty.shortTitle}. Read the
          official text in{" "}
          {treaty.officialText.map((link, index) => (
            <span key={link.url}>
              {index > 0 ? " or the " : "the "}
              <a href={link.url} rel="external">
                {link.label}
              </a>
            </span>
          ))}
          .
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4">
            <li><Link href={href.about()}>About and methodology</Link></li>
            <li><Link href={href.sources()}>Sources</Link></li>
            <li><Link href={href.lineage()}>Lineage: Budapest, UNTOC, UNCAC</Link></li>
            <li><Link href={href.preamble()}>Preamble</Link></li>
            <li><Link href={href.search()}>Search</Link></li>
            <li><Link href={openDataHref.page()}>Open data and citations</Link></li>
            <li><a href={openDataHref.feed()} type="application/atom+xml">Atom feed</a></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
