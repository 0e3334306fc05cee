import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // The compiler stays a list of short, named stages (STYLE.md: functions under ~80 lines).
  {
    files: ["lib/compile/**/*.ts", "lib/schema/**/*.ts", "lib/markdown/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
  },
  { ignores: [".next/**", "out/**", ".generated/**", "node_modules/**", "next-env.d.ts", "tests/fixtures/**", "test-results/**", ".bench/**"] },
];

export default config;
