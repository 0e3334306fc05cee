import { Link } from "@/components/ui/link";
import { getGraph } from "@/lib/data";
import { href, openDataHref } from "@/lib/graph/hrefs";

const LINKS = [
  { href: href.chapters(), label: "Contents" },
  { href: href.preamble(), label: "Preamble" },
  { href: href.topics(), label: "Key issues" },
  { href: href.stakeholders(), label: "Stakeholders" },
  { href: href.terms(), label: "Terms" },
  { href: href.timeline(), label: "Timeline" },
  { href: href.sources(), label: "Sources" },
  { href: href.lineage(), label: "Lineage: Budapest, UNTOC, UNCAC" },
  { href: href.search(), label: "Search" },
  { href: openDataHref.page(), label: "Open data and citations" },
  { href: href.about(), label: "About and methodology" },
];

/** Every page says these are digests, and where the official text is; the site's map for phones. */
export function SiteFooter() {
  const { treaty } = getGraph();
  return (
    <footer className="border-t border-line bg-surface">
      <div data-slot="page-frame" className="mx-auto space-y-4 px-4 py-8 text-sm text-ink-muted">
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
            <li>
              <a href={openDataHref.feed()} type="application/atom+xml">
                Atom feed
              </a>
            </li>
          </ul>
        </nav>
        <p className="max-w-measure">
          Treaty Explorer shows plain-language digests written by us, not the official text of the {treaty.shortTitle}. Read the official text in{" "}
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
      </div>
    </footer>
  );
}
