"use client";

import Fuse from "fuse.js";
import { useEffect, useState } from "react";
import { FUSE_OPTIONS } from "@/lib/search/fuse-options";
import type { SearchRecord } from "@/lib/search/records";

/** Search page panel: the query lives in `?q=`. */
export function SearchPanel() {
  const [query, setQuery] = useState("");
  const [fuse, setFuse] = useState<Fuse<SearchRecord> | undefined>(undefined);
  useEffect(() => {
    setQuery(new URLSearchParams(window.location.search).get("q") ?? "");
    void fetch("/search-index.json")
      .then((response) => response.json())
      .then((data: { records: SearchRecord[]; index: unknown }) => setFuse(new Fuse(data.records, FUSE_OPTIONS, Fuse.parseIndex(data.index as never))));
  }, []);
  const results = fuse && query.trim() ? fuse.search(query).slice(0, 30) : [];
  return (
    <form role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="q">Search the treaty</label>
      <input id="q" name="q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="border rounded px-2 py-1 w-full" />
      <ul>
        {results.map(({ item }) => (
          <li key={item.id}>
            <a href={item.href}>
              {item.pin} {item.title}
            </a>
          </li>
        ))}
      </ul>
    </form>
  );
}
