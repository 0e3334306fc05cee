import type { MetadataRoute } from "next";
import { getGraph } from "@/lib/data";
import { sitePaths } from "@/lib/graph/site-paths";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePaths(getGraph()).map((path) => ({ url: absoluteUrl(path) }));
}
