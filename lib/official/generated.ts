import { z } from "zod";
import { officialReport } from "./check";
import { officialText } from "./schema";

/** `.generated/official.json`, written by the content build only when an official text is present. */
export const generatedOfficial = z.strictObject({ report: officialReport, text: officialText });

export type GeneratedOfficial = z.infer<typeof generatedOfficial>;

/** Its file name inside the output folder. */
export const GENERATED_OFFICIAL_FILE = "official.json";
