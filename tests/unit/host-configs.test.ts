/**
 * The committed host configs are exactly what lib/deploy/ renders (no hand edits, no drift),
 * and the Dockerfile copies those generated files where the generated server block expects them.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_FILES } from "../../lib/deploy/generated-files";
import { NGINX_DOCKER_PORT, NGINX_DOCKER_ROOT, NGINX_SITE_CONF_INCLUDE } from "../../lib/deploy/nginx-config";

const root = resolve(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(resolve(root, path), "utf8");

describe("generated host configs", () => {
  for (const file of GENERATED_FILES) {
    it(`${file.path} is what lib/deploy renders (run \`npm run host-configs\` after changing a header)`, () => {
      expect(read(file.path)).toBe(file.render());
    });
  }

  it("serve.json, which `npm start` uses, is one of them", () => {
    expect(read("scripts/start.ts")).toMatch(/resolve\(root, "serve\.json"\)/u);
    expect(GENERATED_FILES.map((file) => file.path)).toContain("serve.json");
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  const copies = [...dockerfile.matchAll(/^COPY\s+(?!--from)(\S+)\s+(\S+)\s*$/gmu)].map((m) => ({ from: m[1]!, to: m[2]! }));

  it("copies the generated nginx files to where the generated server block includes them", () => {
    expect(copies).toContainEqual({ from: "deploy/nginx/default.conf", to: "/etc/nginx/conf.d/default.conf" });
    expect(copies).toContainEqual({ from: "deploy/nginx/site.conf", to: `/etc/nginx/${NGINX_SITE_CONF_INCLUDE}` });
    for (const copy of copies.filter((c) => c.from.startsWith("deploy/"))) {
      expect(
        GENERATED_FILES.map((file) => file.path),
        `${copy.from} is a generated file`,
      ).toContain(copy.from);
    }
  });

  it("serves the built out/ from the server block's root, on its port", () => {
    expect(dockerfile).toMatch(new RegExp(`^COPY --from=build /app/out ${NGINX_DOCKER_ROOT}$`, "mu"));
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${NGINX_DOCKER_PORT}$`, "mu"));
    expect(read("deploy/nginx/default.conf")).toContain(`root ${NGINX_DOCKER_ROOT};`);
  });

  it("builds with npm run build, which refuses to run without SITE_URL", () => {
    expect(dockerfile).toMatch(/^ARG SITE_URL$/mu);
    expect(dockerfile).toMatch(/^RUN npm run build$/mu);
    expect(JSON.parse(read("package.json")).scripts.build).toMatch(/^tsx scripts\/require-site-url\.ts && .*next build && tsx scripts\/write-csp\.ts$/u);
  });
});
