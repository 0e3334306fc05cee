import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { z } from "zod";
import { isProblemKind, type ProblemKind, type ProblemList } from "./problems";

/** A parsed YAML text that can point back at the line and column of any value. */
export interface YamlSource {
  path: string;
  document: Document;
  /** Line/column of the value at `keyPath`, or of its nearest existing ancestor. */
  positionOf(keyPath: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses YAML, reporting syntax errors with their position. `lineOffset` keeps line numbers true
 * for front matter that starts below line 1 of its Markdown file.
 */
export function parseYamlSource(path: string, text: string, problems: ProblemList, lineOffset = 0): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  if (document.errors.length > 0) {
    for (const error of document.errors) problems.add(path, at(error.pos[0]), "malformed-yaml", error.message.split("\n")[0] ?? "");
    return undefined;
  }
  return {
    path,
    document,
    positionOf(keyPath) {
      for (let length = keyPath.length; length >= 0; length--) {
        const node = document.getIn(keyPath.slice(0, length) as unknown[], true);
        if (isNode(node) && node.range) return at(node.range[0]);
      }
      return { line: 1 + lineOffset, column: 1 };
    },
  };
}

/** The problem kind of a zod issue; a schema's own checks name theirs in `params.kind`. */
function kindOf(issue: z.core.$ZodIssue): ProblemKind {
  if (issue.code === "invalid_type" && issue.input === undefined) return "missing-field";
  if (issue.code === "unrecognized_keys") return "unknown-field";
  const kind: unknown = issue.code === "custom" ? issue.params?.kind : undefined;
  return isProblemKind(kind) ? kind : "invalid-field";
}

/** Validates a parsed YAML value against a schema, reporting each issue at the value that caused it. */
export function validateYaml<Schema extends z.ZodType>(source: YamlSource, value: unknown, schema: Schema, problems: ProblemList): z.infer<Schema> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.join(".");
    const keys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "";
    const where = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    const message = issue.code === "unrecognized_keys" ? `unknown field ${keys}` : `${field || "value"}: ${issue.message}`;
    problems.add(source.path, source.positionOf(where), kindOf(issue), message);
  }
  return undefined;
}

/** Parses and validates a YAML file in one step. */
export function loadYaml<Schema extends z.ZodType>(
  path: string,
  text: string,
  schema: Schema,
  problems: ProblemList,
  lineOffset = 0,
): { data: z.infer<Schema>; source: YamlSource } | undefined {
  const source = parseYamlSource(path, text, problems, lineOffset);
  if (!source) return undefined;
  const data = validateYaml(source, source.document.toJS(), schema, problems);
  return data === undefined ? undefined : { data, source };
}
