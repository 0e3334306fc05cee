import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { OfficialText } from "@/components/official/official-text";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";

export function generateMetadata(): Metadata {
  const { preamble } = getGraph();
  return { title: preamble.title, description: preamble.summary };
}

export default function PreamblePage() {
  const { preamble, articles } = getGraph();
  const first = articles[0];
  return (
    <article>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Preamble" }]} />
      <h1 className="text-2xl font-bold">{preamble.title}</h1>
      <p className="text-lg mt-2">{preamble.summary}</p>
      <OfficialText scope={{ kind: "preamble" }} />
      <div data-view="digest">
        <Prose html={preamble.html} className="mt-4" />
      </div>
      {first && (
        <nav aria-label="Next" className="border-t pt-4 mt-6 text-right" style={{ borderColor: "var(--border)" }}>
          <Link href={href.article(first.number)} rel="next">
            Article {first.number}. {first.title} →
          </Link>
        </nav>
      )}
    </article>
  );
}
