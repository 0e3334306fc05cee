import Link from "next/link";
import type { AnnotationView } from "@/lib/graph/views";
import { formatPartialDate, KIND_LABEL, STANCE_LABEL } from "./format";
import { Prose } from "./prose";

function Who({ who }: { who?: { name: string; href: string } }) {
  return who ? <Link href={who.href}>{who.name}</Link> : <>an unknown stakeholder</>;
}

/**
 * Who holds the view, said plainly: a named voice; unnamed voices with who reported them; for a
 * reported action, who acted and who reported it; for background, whose account it is.
 */
function AnnotationHeading({ view }: { view: AnnotationView }) {
  const { annotation, voice, actor, writer } = view;
  if (annotation.kind === "reported") {
    return (
      <>
        <Who who={actor} /> <span className="font-normal muted">(reported by <Who who={voice} />)</span>
      </>
    );
  }
  if (voice?.kind === "unnamed") {
    return (
      <>
        <Who who={voice} />
        <span className="font-normal muted">, as reported by <Who who={writer} /></span>
      </>
    );
  }
  return (
    <>
      <Who who={voice} />
      {annotation.kind === "background" && <span className="font-normal muted"> (the writer&apos;s account)</span>}
    </>
  );
}

/**
 * One claim from one source: who said it, about which provisions, our paraphrase, the speaker's
 * own words where they matter, and a neutral note where the claim and the text differ.
 */
export function AnnotationCard({ view, showProvisions = true, headingLevel = 3, idPrefix = "ann" }: { view: AnnotationView; showProvisions?: boolean; headingLevel?: 3 | 4; idPrefix?: string }) {
  const { annotation, voice, voiceGroup, source } = view;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const named = annotation.kind !== "reported" && voice?.kind !== "unnamed";
  return (
    <article
      className="card p-4 space-y-2"
      data-slot="annotation"
      data-kind={annotation.kind}
      data-group={annotation.voiceGroup}
      data-stance={annotation.stance}
      aria-labelledby={`${idPrefix}-${annotation.id}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-2">
        <Heading id={`${idPrefix}-${annotation.id}`} className="font-semibold">
          <AnnotationHeading view={view} />
        </Heading>
        {named && voice?.role && <span className="text-sm muted">{voice.role}</span>}
        {named && voiceGroup && voiceGroup.id !== voice?.id && <span className="text-sm muted">· {voiceGroup.name}</span>}
        {annotation.stance ? (
          <span className={`badge stance-${annotation.stance}`}>{STANCE_LABEL[annotation.stance]}</span>
        ) : (
          <span className="badge" data-slot="kind">
            {KIND_LABEL[annotation.kind]}
          </span>
        )}
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
            {view.provisions.map((link, index) => (
              <span key={link.provision}>
                {index > 0 && ", "}
                {link.href ? <Link href={link.href}>{link.label}</Link> : link.provision}
              </span>
            ))}
          </span>
        )}
        {source && (
          <span>
            Source: <Link href={source.href}>{source.title}</Link> ({source.outlet}, {formatPartialDate(source.published, source.approximate)})
          </span>
        )}
      </footer>
    </article>
  );
}
