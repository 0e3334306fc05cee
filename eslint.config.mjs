import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "out/**", ".generated/**", "node_modules/**", "next-env.d.ts", "tests/fixtures/**", "test-results/**", ".bench/**"] },
];

export default config;
