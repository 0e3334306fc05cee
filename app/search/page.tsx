import type { Metadata } from "next";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SearchPanel } from "@/components/search/search-panel.client";

export const metadata: Metadata = { title: "Search", description: "Search the digests, defined terms and commentary by word, name or pinpoint such as 28(4)." };

export default function SearchPage() {
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Search" }]} />
      <h1 className="text-2xl font-bold mb-4">Search</h1>
      <Suspense fallback={<p>Loading search…</p>}>
        <SearchPanel />
      </Suspense>
    </>
  );
}
