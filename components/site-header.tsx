import { Link } from "@/components/ui/link";
import { ClosePopoversOnNavigate } from "./close-popovers.client";
import { KeyboardShortcuts } from "./keyboard-shortcuts.client";
import { PrefetchOnIntent } from "./prefetch-on-intent.client";
import { SearchLauncher } from "./search-launcher.client";
import { ThemeToggle } from "./theme-toggle.client";
import { buttonClass } from "./ui/button";
import { ContentsIcon, MenuIcon } from "./ui/icons";
import { href } from "@/lib/graph/hrefs";

const NAV = [
  { href: href.chapters(), label: "Contents" },
  { href: href.topics(), label: "Key issues" },
  { href: href.stakeholders(), label: "Stakeholders" },
  { href: href.terms(), label: "Terms" },
  { href: href.timeline(), label: "Timeline" },
  { href: href.about(), label: "About" },
];

/** The id of the popover an article page renders with its own contents; the header's button opens it. */
export const PAGE_CONTENTS_ID = "page-contents";

/**
 * Site-wide header, one compact sticky row rendered in full on the server (nothing in it appears
 * or changes size when JavaScript runs): name, navigation (a menu on narrow screens), the page's
 * own contents where it has one, search and theme. Menus are native popovers: they open, close on
 * Escape and on a tap outside, without JavaScript.
 */
export function SiteHeader() {
  return (
    <header data-slot="site-header" className="sticky top-0 z-30 border-b border-line bg-canvas">
      <div data-slot="page-frame" className="mx-auto flex h-header items-center gap-1 px-4">
        <Link href={href.home()} className="mr-auto flex min-h-10 items-center gap-2 font-semibold text-ink no-underline lg:mr-3">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-ink text-sm font-bold text-canvas">
            §
          </span>
          Treaty Explorer
        </Link>
        <nav aria-label="Main" className="mr-auto hidden lg:block">
          <ul className="flex items-center">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={buttonClass({ variant: "ghost", size: "sm" })}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchLauncher />
        <ThemeToggle />
        <button
          type="button"
          popoverTarget={PAGE_CONTENTS_ID}
          data-slot="page-contents-button"
          aria-label="On this page"
          title="On this page"
          className={buttonClass({ variant: "ghost", size: "icon" })}
        >
          <ContentsIcon />
        </button>
        <button
          type="button"
          popoverTarget="site-menu"
          aria-label="Menu"
          title="Menu"
          className={buttonClass({ variant: "ghost", size: "icon", className: "lg:hidden" })}
        >
          <MenuIcon />
        </button>
        <nav id="site-menu" popover="auto" aria-label="Main" data-slot="menu" className="popover-panel lg:hidden">
          <ul className="py-2">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="flex min-h-11 items-center px-4 text-ink no-underline hover:bg-surface-strong">
                  {item.label}
                </Link>
              </li>
            ))}
            <li className="border-t border-line">
              <Link href={href.sources()} className="flex min-h-11 items-center px-4 text-ink no-underline hover:bg-surface-strong">
                Sources
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <KeyboardShortcuts />
      <ClosePopoversOnNavigate />
      <PrefetchOnIntent />
    </header>
  );
}
