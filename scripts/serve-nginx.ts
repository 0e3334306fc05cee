/**
 * `npm run serve:nginx`: serves out/ with nginx and the generated deploy/nginx/site.conf on
 * http://127.0.0.1:8080 (or --port N), as the Docker image does. The browser tests run their
 * header and crawl checks against it too. Runs in the foreground; Ctrl-C stops it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { nginxStandaloneConf } from "../lib/deploy/nginx-config";
import { findNginx, nginxMimeTypes, testNginxConf } from "./nginx-binary";
import { writeFilesAtomically } from "./write-atomic";

const root = resolve(import.meta.dirname, "..");
const portFlag = process.argv.indexOf("--port");
const port = portFlag !== -1 ? process.argv[portFlag + 1] : (process.env.PORT ?? "8080");

function fail(message: string): never {
  console.error(`serve-nginx: ${message}`);
  process.exit(1);
}

const nginx = findNginx() ?? fail("no nginx found: run `npx tsx scripts/ensure-nginx.ts` (npm run test:e2e does) or set NGINX_PATH.");
const mimeTypes = nginxMimeTypes(nginx) ?? fail(`no mime.types next to ${nginx}'s configuration (see \`${nginx} -V\`).`);
const out = resolve(root, "out");
if (!existsSync(resolve(out, "index.html"))) fail("out/ is missing: build the site first (SITE_URL=… npm run build).");

const workDir = resolve(root, "node_modules", ".cache", "treaty-explorer", `nginx-${port}`);
mkdirSync(workDir, { recursive: true });
const confFile = resolve(workDir, "nginx.conf");
const conf = nginxStandaloneConf({
  listen: `127.0.0.1:${port}`,
  root: out,
  siteConf: resolve(root, "deploy", "nginx", "site.conf"),
  mimeTypes,
  workDir,
  user: process.getuid?.() === 0 ? "root" : undefined,
});
writeFilesAtomically([{ path: confFile, contents: conf }]);
const check = testNginxConf(nginx, confFile);
if (!check.ok) fail(`nginx refuses the configuration:\n${check.report}`);

console.log(`serve-nginx: ${nginx} serving out/ on http://127.0.0.1:${port} with deploy/nginx/site.conf`);
const server = spawn(nginx, ["-p", workDir, "-c", confFile, "-e", "stderr"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill("SIGTERM"));
server.on("exit", (code) => process.exit(code ?? 0));
