import { Link } from "@/components/ui/link";

interface Step {
  href: string;
  label: string;
}

/** Previous and next at the foot of a page, as two cards that keep their sides on every width. */
export function PreviousNext({ label, previous, next }: { label: string; previous?: Step; next?: Step }) {
  return (
    <nav aria-label={label} className="no-print mt-8 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.href} rel="prev" className="group rounded-lg border border-line p-3 no-underline hover:bg-surface">
          <span className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">Previous</span>
          <span className="text-link group-hover:underline">← {previous.label}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className="group rounded-lg border border-line p-3 text-right no-underline hover:bg-surface">
          <span className="block text-xs font-semibold tracking-wide text-ink-muted uppercase">Next</span>
          <span className="text-link group-hover:underline">{next.label} →</span>
        </Link>
      )}
    </nav>
  );
}
