import { nginxDefaultConf, nginxSiteConf } from "./nginx-config";
import { headersFile, serveJson, vercelJson } from "./static-host-configs";

/** A host config file in the repository and the function that renders it. */
export interface GeneratedFile {
  /** Path from the repository root. */
  path: string;
  render: () => string;
}

/**
 * Every host config generated from lib/deploy/headers.ts. `scripts/write-host-configs.ts` writes
 * them; a unit test fails when a committed file differs from what its renderer produces.
 */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  { path: "serve.json", render: serveJson },
  { path: "vercel.json", render: vercelJson },
  { path: "public/_headers", render: headersFile },
  { path: "deploy/nginx/site.conf", render: nginxSiteConf },
  { path: "deploy/nginx/default.conf", render: nginxDefaultConf },
];
