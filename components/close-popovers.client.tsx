"use client";

import { useEffect } from "react";

/**
 * A link chosen in an open menu closes it: the header stays mounted across client-side
 * navigations, and in-page links (#p4) do not leave the page, so the popover would stay open.
 */
export function ClosePopoversOnNavigate() {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      const popover = link?.closest<HTMLElement>("[popover]");
      if (popover?.matches(":popover-open")) popover.hidePopover();
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
