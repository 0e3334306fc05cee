import { Link } from "@/components/ui/link";
import type { AnnotationView } from "@/lib/graph/views";
import { formatPartialDate, KIND_LABEL, STANCE_LABEL } from "./format";
import { Prose } from "./prose";
import { Badge } from "./ui/badge";
import { cardClass } from "./ui/card";
import { cn } from "./ui/cn";

function Who({ who }: { who?: { name: string; href: string } }) {
  return who ? <Link href={who.href}>{who.name}</Link> : <>an unknown stakeholder</>;
}

/** The stance shows as a coloured rule on the card's edge as well as in words. */
const EDGE = { concern: "border-l-concern", support: "border-l-support", mixed: "border-l-mixed", context: "border-l-context" } as const;

/**
 * Who holds the view, said plainly: a named voice; unnamed voices with who reported them; for a
 * reported action, who acted and who reported it; for background, whose account it is.
 */
function AnnotationHeading({ view }: { view: AnnotationView }) {
  const { annotation, voice, actor, writer } = view;
  if (annotation.kind === "reported") {
    return (
      <>
        <Who who={actor} />{" "}
        <span className="font-normal text-ink-muted">
          (reported by <Who who={voice} />)
        </span>
      </>
    );
  }
  if (voice?.kind === "unnamed") {
    return (
      <>
        <Who who={voice} />
        <span className="font-normal text-ink-muted">
          , as reported by <Who who={writer} />
        </span>
      </>
    );
  }
  return (
    <>
      <Who who={voice} />
      {annotation.kind === "background" && <span className="font-normal text-ink-muted"> (the writer&apos;s account)</span>}
    </>
  );
}

/**
 * One claim from one source: who said it, about which provisions, our paraphrase, the speaker's
 * own words where they matter, and a neutral note where the claim and the text differ.
 * `compact` is the margin form: smaller type, less padding, the note on the text folded away.
 */
export function AnnotationCard({
  view,
  showProvisions = true,
  headingLevel = 3,
  idPrefix = "ann",
  compact = false,
}: {
  view: AnnotationView;
  showProvisions?: boolean;
  headingLevel?: 3 | 4;
  idPrefix?: string;
  compact?: boolean;
}) {
  const { annotation, voice, voiceGroup, source } = view;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const named = annotation.kind !== "reported" && voice?.kind !== "unnamed";
  return (
    <article
      className={cn(
        cardClass(),
        "border-l-4",
        annotation.stance ? EDGE[annotation.stance] : "border-l-line",
        compact ? "space-y-1.5 p-3 text-sm" : "space-y-2 p-4",
      )}
      data-slot="annotation"
      data-kind={annotation.kind}
      data-group={annotation.voiceGroup}
      data-stance={annotation.stance}
      aria-labelledby={`${idPrefix}-${annotation.id}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <Heading id={`${idPrefix}-${annotation.id}`} className="font-semibold">
          <AnnotationHeading view={view} />
        </Heading>
        {named && voice?.role && <span className="text-sm text-ink-muted">{voice.role}</span>}
        {named && voiceGroup && voiceGroup.id !== voice?.id && <span className="text-sm text-ink-muted">· {voiceGroup.name}</span>}
        {annotation.stance ? (
          <Badge tone={annotation.stance}>{STANCE_LABEL[annotation.stance]}</Badge>
        ) : (
          <Badge data-slot="kind">{KIND_LABEL[annotation.kind]}</Badge>
        )}
      </header>
      <p>{annotation.paraphrase}</p>
      {annotation.quote && (
        <blockquote className="border-l-4 border-line pl-3 italic">
          <q>{annotation.quote}</q>
        </blockquote>
      )}
      {annotation.textNote &&
        (compact ? (
          <details className="border-l-4 border-accent pl-3" data-slot="text-note">
            <summary className="font-semibold">What the text says</summary>
            <Prose html={annotation.textNote.html} />
          </details>
        ) : (
          <div className="border-l-4 border-accent pl-3 text-sm" data-slot="text-note">
            <p className="font-semibold">What the text says</p>
            <Prose html={annotation.textNote.html} />
          </div>
        ))}
      <footer className="flex flex-wrap gap-x-3 text-sm text-ink-muted">
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
