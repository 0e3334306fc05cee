import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Prose } from "@/components/prose";
import { getGraph } from "@/lib/data";

export function generateMetadata(): Metadata {
  const { about } = getGraph();
  return { title: about.title, description: about.summary };
}

export default function AboutPage() {
  const { about, treaty } = getGraph();
  return (
    <article className="max-w-column">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "About" }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl">{about.title}</h1>
      <p className="mt-3 max-w-measure text-lg">{about.summary}</p>
      <Prose html={about.html} className="mt-4 max-w-measure" />
      {/* Older links point at #unverified; the basis marks replaced that section. */}
      <a id="unverified" href="#how-sure-we-are" className="sr-only">
        What the basis marks mean
      </a>
      <section aria-labelledby="official" className="mt-6">
        <h2 id="official" className="text-xl font-semibold">
          The official text
        </h2>
        <ul className="list-disc pl-6">
          {treaty.officialText.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="external">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
