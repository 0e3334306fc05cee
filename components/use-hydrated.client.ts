"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * True once the component runs in the browser, false while prerendering. Controls that need
 * JavaScript (copy, theme) use it so the static HTML never shows a button that cannot work.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
