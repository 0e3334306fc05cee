import { Link } from "@/components/ui/link";
import type { NodeLink } from "@/lib/graph/queries";

/** A titled list of links, or a plain sentence when there is nothing to list. */
export function LinkList({ title, links, empty, id }: { title: string; links: NodeLink[]; empty: string; id?: string }) {
  return (
    <section aria-labelledby={id} className="my-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {links.length === 0 ? (
        <p className="text-ink-muted text-sm">{empty}</p>
      ) : (
        <ul className="list-disc pl-6">
          {links.map((link) => (
            <li key={link.id}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
