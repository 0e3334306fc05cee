import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Several tests compile the real content; on a loaded 2-core machine that can take more than the default 5 s.
    testTimeout: 30_000,
  },
});
