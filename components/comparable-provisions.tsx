import { Link } from "@/components/ui/link";
import { href } from "@/lib/graph/hrefs";
import { counterpartLabel, lineageTreaty, mappingFor, RELATION_LABELS } from "@/lib/lineage/queries";
import type { ClauseGraph } from "@/lib/schema/graph";
import type { LineageTreatyNode } from "@/lib/schema/lineage";

/**
 * "Comparable provisions" on an article page: the article's counterparts in the Budapest
 * Convention, UNTOC and UNCAC (number, title, confidence, relation), our note on the main
 * difference, and links to those treaties' official texts. Renders nothing without lineage data.
 */
export function ComparableProvisions({ graph, article }: { graph: ClauseGraph; article: number }) {
  const mapping = mappingFor(graph, article);
  if (!mapping) return null;
  const treaties = [...new Set(mapping.counterparts.map((c) => c.treaty))].flatMap((id) => lineageTreaty(graph, id) ?? []);
  return (
    <section aria-labelledby="comparable-heading" className="my-6" data-slot="comparable-provisions">
      <h2 id="comparable-heading" className="text-lg font-semibold">
        Comparable provisions
      </h2>
      {mapping.none ? (
        <p data-slot="no-counterpart">No counterpart in Budapest, UNTOC or UNCAC.</p>
      ) : (
        <ul className="list-disc pl-6">
          {mapping.counterparts.map((counterpart) => {
            const treaty = treaties.find((t) => t.id === counterpart.treaty);
            if (!treaty) return null;
            return (
              <li key={`${counterpart.treaty}-${counterpart.article}-${counterpart.paragraph ?? ""}`} data-treaty={counterpart.treaty}>
                <Link href={href.lineageArticle(counterpart.treaty, counterpart.article)}>
                  {counterpartLabel(treaty, counterpart)}: {counterpart.title}
                </Link>{" "}
                <span className="text-sm muted">
                  ({RELATION_LABELS[counterpart.relation].label}; confidence {counterpart.confidence})
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-2">
        {mapping.note}{" "}
        {mapping.unverified && (
          <Link
            href={href.about("unverified")}
            className="badge no-underline stance-mixed"
            data-slot="unverified"
            title="The UN side of this note rests on details we could not check"
          >
            Unverified
          </Link>
        )}
      </p>
      <OfficialTexts treaties={treaties} />
      <p className="text-sm muted mt-1">
        Our note, in our words. <Link href={href.lineage()}>Every article&apos;s counterparts, and what is new</Link>
      </p>
    </section>
  );
}

function OfficialTexts({ treaties }: { treaties: LineageTreatyNode[] }) {
  if (treaties.length === 0) return null;
  return (
    <p className="text-sm mt-2">
      Official texts:{" "}
      {treaties.map((treaty, index) => {
        const link = treaty.officialText[0];
        return (
          <span key={treaty.id}>
            {index > 0 && " · "}
            {link ? (
              <a href={link.url} rel="external" title={link.label}>
                {treaty.shortName} ({treaty.name}, {treaty.year})
              </a>
            ) : (
              treaty.name
            )}
          </span>
        );
      })}
    </p>
  );
}
