/**
 * `npm start`: serves the static export in out/ on http://localhost:3000 (or --port N / PORT),
 * with the headers of serve.json (generated from lib/deploy/headers.ts). Builds first when out/
 * is missing, for this machine's address unless SITE_URL says otherwise.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const portFlag = process.argv.indexOf("--port");
const port = portFlag !== -1 ? process.argv[portFlag + 1] : (process.env.PORT ?? "3000");

if (!existsSync(resolve(root, "out", "index.html"))) {
  console.log("out/ is missing: building the site first (npm run build)…");
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  console.log(`out/ is built for SITE_URL=${siteUrl}; set SITE_URL to build for a public address.`);
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, SITE_URL: siteUrl } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(
  resolve(root, "node_modules", ".bin", "serve"),
  ["--config", resolve(root, "serve.json"), "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-port-switching"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
