import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";

export const metadata: Metadata = {
  title: "Key issues",
  description: "The contested issues of the UN Convention against Cybercrime, with the provisions and commentary on each.",
};

export default function TopicsPage() {
  const graph = getGraph();
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Key issues" }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl mb-4">Key issues</h1>
      <ul className="space-y-3">
        {graph.topics.map((topic) => (
          <li key={topic.slug}>
            <Link href={href.topic(topic.slug)} className="font-semibold">
              {topic.title}
            </Link>
            <p className="text-sm text-ink-muted">{topic.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
