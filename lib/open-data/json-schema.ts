import { z } from "zod";
import type { DataSchemaName } from "../graph/hrefs";
import { DATA_FILE_SCHEMAS, DATA_SCHEMA_VERSION } from "./schemas";

const TITLES: Record<DataSchemaName, string> = {
  graph: "Treaty Explorer: the whole clause graph (/data/graph.json)",
  article: "Treaty Explorer: one article (/data/articles/<n>.json)",
  annotations: "Treaty Explorer: every annotation (/data/annotations.json)",
  stakeholders: "Treaty Explorer: every stakeholder (/data/stakeholders.json)",
};

/**
 * The JSON Schema (draft 2020-12) of a published file, generated from its zod schema with zod's
 * own `z.toJSONSchema`; `$id` is where it is published. Never written by hand.
 */
export function dataJsonSchema(name: DataSchemaName, id: string): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(DATA_FILE_SCHEMAS[name], { target: "draft-2020-12", io: "output", unrepresentable: "throw" });
  return { $schema, $id: id, title: TITLES[name], description: `Schema version ${DATA_SCHEMA_VERSION}.`, ...generated };
}
