import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Finds an nginx to serve out/ in the tests: NGINX_PATH, else Debian's /usr/sbin/nginx, else one
 * on the PATH. Undefined when there is none (scripts/ensure-nginx.ts installs Debian's package).
 */
export function findNginx(): string | undefined {
  const onPath = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  const candidates = [process.env.NGINX_PATH, "/usr/sbin/nginx", onPath];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** The mime.types next to the nginx's own nginx.conf (from `nginx -V`'s --conf-path), as the Docker image uses. */
export function nginxMimeTypes(nginx: string): string | undefined {
  const version = spawnSync(nginx, ["-V"], { encoding: "utf8" });
  const confPath = /--conf-path=(\S+)/u.exec(`${version.stdout}${version.stderr}`)?.[1] ?? "/etc/nginx/nginx.conf";
  const mimeTypes = join(dirname(confPath), "mime.types");
  return existsSync(mimeTypes) ? mimeTypes : undefined;
}

/** Runs `nginx -t` on a configuration; ok with nginx's own report either way. */
export function testNginxConf(nginx: string, confFile: string): { ok: boolean; report: string } {
  const result = spawnSync(nginx, ["-t", "-p", dirname(confFile), "-c", confFile, "-e", "stderr"], { encoding: "utf8" });
  return { ok: result.status === 0, report: `${result.stdout}${result.stderr}`.trim() };
}
