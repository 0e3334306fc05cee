import Link from "next/link";
import { KeyboardShortcuts } from "./keyboard-shortcuts.client";
import { SearchLauncher } from "./search-launcher.client";
import { ThemeToggle } from "./theme-toggle.client";
import { href } from "@/lib/graph/hrefs";

const NAV = [
  { href: href.chapters(), label: "Contents" },
  { href: href.topics(), label: "Key issues" },
  { href: href.stakeholders(), label: "Stakeholders" },
  { href: href.terms(), label: "Terms" },
  { href: href.timeline(), label: "Timeline" },
  { href: href.about(), label: "About" },
];

/** Site-wide header: name, main navigation, search and theme. */
export function SiteHeader() {
  return (
    <header className="border-b" style={{ borderColor: "var(--border)" }}>
      <div className="max-w-5xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href={href.home()} className="font-semibold no-underline" style={{ color: "var(--fg)" }}>
          Treaty Explorer
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <SearchLauncher />
          <ThemeToggle />
        </div>
      </div>
      <KeyboardShortcuts />
    </header>
  );
}
