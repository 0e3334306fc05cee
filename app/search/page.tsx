import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SearchPanel } from "@/components/search/search-panel.client";
import { href } from "@/lib/graph/hrefs";
import { getOfficial } from "@/lib/official/data";

export const metadata: Metadata = {
  title: "Search",
  description: "Search the digests, defined terms, commentary and stakeholders by word, name or pinpoint such as 28(4).",
};

export default function SearchPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Search" }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl mb-4">Search</h1>
      <noscript>
        <p className="mb-4 rounded-lg border border-line bg-surface p-3">
          Search runs in your browser and needs JavaScript. Without it, browse the <Link href={href.chapters()}>contents</Link>, the{" "}
          <Link href={href.terms()}>defined terms</Link> or the <Link href={href.topics()}>key issues</Link>.
        </p>
      </noscript>
      <SearchPanel withOfficialText={getOfficial() !== undefined} />
    </>
  );
}
