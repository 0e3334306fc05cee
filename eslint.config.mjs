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
  // One link for the site (components/ui/link.tsx): it decides how pages are prefetched.
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use Link from @/components/ui/link (prefetch on intent)." }] }] },
  },
  { ignores: [".next/**", "out/**", ".generated/**", "node_modules/**", "next-env.d.ts", "tests/fixtures/**", "test-results/**", ".bench/**"] },
];

export default config;
