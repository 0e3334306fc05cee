import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's link: next/link without viewport prefetching. By default every link prefetches its
 * page when it scrolls into view (37 requests on the stakeholders page before a reader does
 * anything), which costs a phone data and main-thread time while the page is loading;
 * PrefetchOnIntent fetches a page when the pointer rests on, a finger touches or focus reaches its link.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
