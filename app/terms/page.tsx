import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { getGraph } from "@/lib/data";
import { href } from "@/lib/graph/hrefs";

export const metadata: Metadata = {
  title: "Defined terms",
  description: "Every term the Convention defines, and other key terms, with where each is defined and used.",
};

export default function TermsPage() {
  const terms = [...getGraph().terms].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <>
      <Breadcrumbs items={[{ href: href.home(), label: "Home" }, { label: "Terms" }]} />
      <h1 className="text-2xl leading-tight font-bold text-balance sm:text-3xl mb-4">Defined terms</h1>
      <dl className="space-y-3">
        {terms.map((term) => (
          <div key={term.slug}>
            <dt>
              <Link href={href.term(term.slug)} className="font-semibold">
                {term.term}
              </Link>{" "}
              {term.definedAt && <span className="text-sm text-ink-muted">defined in art. {term.definedAt}</span>}
            </dt>
            <dd className="text-sm">{term.tip}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
