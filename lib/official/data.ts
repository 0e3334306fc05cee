import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_OFFICIAL_FILE, generatedOfficial, type GeneratedOfficial } from "./generated";

let cached: GeneratedOfficial | null | undefined;

/**
 * The official text this build was checked against, with the check's report; undefined when no
 * deployer imported one (the content build writes `.generated/official.json` only then).
 */
export function getOfficial(): GeneratedOfficial | undefined {
  if (cached === undefined) {
    const path = join(process.cwd(), ".generated", GENERATED_OFFICIAL_FILE);
    cached = existsSync(path) ? generatedOfficial.parse(JSON.parse(readFileSync(path, "utf8"))) : null;
  }
  return cached ?? undefined;
}
