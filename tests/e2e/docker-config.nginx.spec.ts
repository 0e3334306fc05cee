/**
 * The nginx configuration the Dockerfile copies, checked with the nginx the tests use (Docker
 * itself cannot run here): laid out as in the image (conf.d/default.conf including
 * treaty-explorer/site.conf under nginx's configuration directory), `nginx -t` accepts it.
 * tests/unit/host-configs.test.ts checks that the Dockerfile copies exactly these generated files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { NGINX_SITE_CONF_INCLUDE } from "../../lib/deploy/nginx-config";
import { findNginx, nginxMimeTypes, testNginxConf } from "../../scripts/nginx-binary";

const root = resolve(import.meta.dirname, "..", "..");

test("nginx -t accepts the Docker image's configuration", () => {
  const nginx = findNginx();
  expect(nginx, "an nginx is installed (scripts/ensure-nginx.ts)").toBeTruthy();
  const etc = mkdtempSync(join(tmpdir(), "treaty-nginx-"));
  try {
    mkdirSync(join(etc, "conf.d"));
    mkdirSync(dirname(join(etc, NGINX_SITE_CONF_INCLUDE)), { recursive: true });
    copyFileSync(resolve(root, "deploy/nginx/default.conf"), join(etc, "conf.d", "default.conf"));
    copyFileSync(resolve(root, "deploy/nginx/site.conf"), join(etc, NGINX_SITE_CONF_INCLUDE));
    copyFileSync(nginxMimeTypes(nginx!)!, join(etc, "mime.types"));
    // Debian's nginx.conf, reduced to what matters here: mime.types and conf.d/*.conf in the http block.
    const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${etc}/${kind};`).join(" ");
    writeFileSync(join(etc, "nginx.conf"), `pid ${etc}/nginx.pid;\nevents {}\nhttp {\n  include mime.types;\n  ${temp}\n  include conf.d/*.conf;\n}\n`);
    const result = testNginxConf(nginx!, join(etc, "nginx.conf"));
    expect(result.report).toContain("syntax is ok");
    expect(result.ok, result.report).toBe(true);
  } finally {
    rmSync(etc, { recursive: true, force: true });
  }
});
