import Link from "next/link";
import { describeNode, getStakeholder, stakeholderHref } from "@/lib/graph/queries";
import { provisionNodeId } from "@/lib/graph/ids";
import type { AnnotationNode, ClauseGraph } from "@/lib/schema/graph";
import { formatPartialDate, STANCE_LABEL } from "./format";
import { Prose } from "./prose";

/**
 * One claim from one source: who said it, about which provisions, our paraphrase, the speaker's
 * own words where they matter, and a neutral note where the claim and the text differ.
 */
export function AnnotationCard({ graph, annotation, showProvisions = true, headingLevel = 3, idPrefix = "ann" }: { graph: ClauseGraph; annotation: AnnotationNode; showProvisions?: boolean; headingLevel?: 3 | 4; idPrefix?: string }) {
  const stakeholder = getStakeholder(graph, annotation.stakeholder);
  const group = getStakeholder(graph, annotation.group);
  const source = graph.sources.find((s) => s.id === annotation.source);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className="card p-4 space-y-2" data-slot="annotation" data-group={annotation.group} data-stance={annotation.stance} aria-labelledby={`${idPrefix}-${annotation.id}`}>
      <header className="flex flex-wrap items-baseline gap-x-2">
        <Heading id={`${idPrefix}-${annotation.id}`} className="font-semibold">
          {stakeholder ? <Link href={stakeholderHref(stakeholder)}>{stakeholder.name}</Link> : annotation.stakeholder}
        </Heading>
        {stakeholder?.role && <span className="text-sm muted">{stakeholder.role}</span>}
        {group && group.id !== stakeholder?.id && <span className="text-sm muted">· {group.name}</span>}
        <span className={`badge stance-${annotation.stance}`}>{STANCE_LABEL[annotation.stance]}</span>
      </header>
      <p>{annotation.paraphrase}</p>
      {annotation.quote && (
        <blockquote className="border-l-4 pl-3 italic" style={{ borderColor: "var(--border)" }}>
          <q>{annotation.quote}</q>
        </blockquote>
      )}
      {annotation.textNote && (
        <div className="text-sm border-l-4 pl-3" style={{ borderColor: "var(--accent)" }} data-slot="text-note">
          <p className="font-semibold">What the text says</p>
          <Prose html={annotation.textNote.html} />
        </div>
      )}
      <footer className="text-sm muted flex flex-wrap gap-x-3">
        {showProvisions && (
          <span>
            About:{" "}
            {annotation.provisions.map((provision, index) => {
              const link = describeNode(graph, provisionNodeId(provision));
              return (
                <span key={provision}>
                  {index > 0 && ", "}
                  {link ? <Link href={link.href}>{provision === "treaty" ? "the treaty as a whole" : provision === "preamble" ? "the preamble" : `art. ${provision}`}</Link> : provision}
                </span>
              );
            })}
          </span>
        )}
        {source && (
          <span>
            Source: <Link href={`/sources/${source.id}#${annotation.id}`}>{source.title}</Link> ({source.outlet}, {formatPartialDate(source.published, source.approximate)})
          </span>
        )}
      </footer>
    </article>
  );
}
