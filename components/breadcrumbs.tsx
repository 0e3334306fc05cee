import Link from "next/link";

/** Where the page sits: Home › Chapter IV › Article 28. The last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Array<{ href?: string; label: string }> }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm muted mb-4 no-print">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, index) => (
          <li key={item.label} className="flex gap-1">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
