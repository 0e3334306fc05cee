/**
 * Makes sure the browser tests have an nginx to serve out/ with the generated config (see
 * scripts/serve-nginx.ts): one already installed, else Debian's `nginx` package when running as
 * root with apt-get. Otherwise it stops and says what to do.
 */
import { spawnSync } from "node:child_process";
import { findNginx } from "./nginx-binary";

function installDebianPackage(): boolean {
  if (process.getuid?.() !== 0) return false;
  if (spawnSync("sh", ["-c", "command -v apt-get >/dev/null"]).status !== 0) return false;
  console.log("ensure-nginx: installing Debian's nginx package…");
  const result = spawnSync("sh", ["-c", "apt-get update -qq && apt-get install -y -qq nginx >/dev/null"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

let found = findNginx();
if (!found && installDebianPackage()) found = findNginx();
if (!found) {
  console.error(
    [
      "ensure-nginx: no nginx found, and it could not be installed (that needs root and apt-get).",
      "The browser tests also check the site as nginx serves it with deploy/nginx/site.conf.",
      "Install it (Debian/Ubuntu: `sudo apt-get install nginx`) or set NGINX_PATH to an nginx binary.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`ensure-nginx: using ${found}`);
