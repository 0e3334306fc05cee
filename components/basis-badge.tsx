import { Link } from "@/components/ui/link";
import { BASIS_LABEL, explainBasis, type Basis } from "@/lib/graph/basis";
import { href } from "@/lib/graph/hrefs";
import { badgeClass } from "./ui/badge";

const TONE = { "authentic-text": "support", "secondary-source": "context", recalled: "mixed", "official-numbering": "support" } as const;

/**
 * What a digest rests on, the same everywhere: a badge that links to the explanation on the
 * about page and shows it on hover and keyboard focus, without JavaScript. The link is at least
 * 24 px high (WCAG 2.2 target size), however small its text.
 */
export function BasisBadge({ basis, id }: { basis: Basis; id: string }) {
  const tipId = `basis-${id}`;
  return (
    <span className="basis" data-slot="basis" data-basis={basis.kind}>
      <Link href={href.about("how-sure-we-are")} className="inline-flex min-h-6 items-center no-underline" aria-describedby={tipId}>
        <span className={badgeClass(TONE[basis.kind])}>{BASIS_LABEL[basis.kind]}</span>
      </Link>
      <span role="tooltip" id={tipId} className="basis-tip">
        {explainBasis(basis)}
      </span>
    </span>
  );
}
