import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TableOfContents } from "@/components/table-of-contents";
import { getGraph } from "@/lib/data";
import { tableOfContents } from "@/lib/graph/views";

export const metadata: Metadata = {
  title: "Contents",
  description: "The preamble, nine chapters and 68 articles of the UN Convention against Cybercrime, each with a plain-language digest.",
};

export default function ContentsPage() {
  const graph = getGraph();
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Contents" }]} />
      <h1 className="mb-6 text-2xl font-bold sm:text-3xl">Contents</h1>
      <TableOfContents contents={tableOfContents(graph)} />
    </>
  );
}
