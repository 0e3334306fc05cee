import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { OfficialText } from "@/components/official/official-text";
import { PreviousNext } from "@/components/previous-next";
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
      <h1 className="text-2xl font-bold sm:text-3xl">{preamble.title}</h1>
      <p className="mt-3 max-w-measure text-lg">{preamble.summary}</p>
      <OfficialText scope={{ kind: "preamble" }} />
      <div data-view="digest">
        <Prose html={preamble.html} className="mt-4 max-w-measure" />
      </div>
      {first && <PreviousNext label="Next" next={{ href: href.article(first.number), label: `Article ${first.number}. ${first.title}` }} />}
    </article>
  );
}
