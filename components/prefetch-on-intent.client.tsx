"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { sitePageOf } from "@/lib/graph/hrefs";

/** What shows a reader may follow a link: the pointer over it, a touch, keyboard focus. */
const INTENT_EVENTS = ["pointerover", "touchstart", "focusin"] as const;

/**
 * Prefetches a page when a reader shows they may follow its link (pointer over it, a touch, or
 * keyboard focus), so the next page still opens at once without every visible link being fetched
 * in advance (see components/ui/link.tsx). One listener for the whole document, not one per link.
 */
export function PrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const fetched = new Set<string>();
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || link.hasAttribute("download")) return;
      const page = sitePageOf(link.href, window.location.href);
      if (page === undefined || fetched.has(page)) return;
      fetched.add(page);
      router.prefetch(page);
    };
    const options = { passive: true, capture: true };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, options);
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, options);
    };
  }, [router]);
  return null;
}
