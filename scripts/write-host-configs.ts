/**
 * `npm run host-configs`: writes every host config (serve.json, vercel.json, public/_headers,
 * deploy/nginx/*.conf) from lib/deploy/headers.ts, all or none. Run it after changing a header;
 * tests/unit/host-configs.test.ts fails while a committed file differs from its renderer.
 */
import { resolve } from "node:path";
import { GENERATED_FILES } from "../lib/deploy/generated-files";
import { writeFilesAtomically } from "./write-atomic";

const root = resolve(import.meta.dirname, "..");
writeFilesAtomically(GENERATED_FILES.map((file) => ({ path: resolve(root, file.path), contents: file.render() })));
console.log(`host-configs: wrote ${GENERATED_FILES.map((file) => file.path).join(", ")}`);
