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
    <article>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "About" }]} />
      <h1 className="text-2xl font-bold">{about.title}</h1>
      <p className="text-lg mt-2">{about.summary}</p>
      <Prose html={about.html} className="mt-4" />
      <section aria-labelledby="unverified" className="mt-6">
        <h2 id="unverified" className="text-xl font-semibold">
          What “unverified” means
        </h2>
        <p>
          A paragraph marked <strong>Unverified</strong> is one whose numbering or content we have not checked. Its digest reflects our best
          understanding, but the paragraph number may be wrong or the wording may differ. When you rely on such a paragraph, cite the article
          rather than the paragraph, and check the official text first. In medium- and low-confidence articles every paragraph is marked this
          way.
        </p>
      </section>
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
