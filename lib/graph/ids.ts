import { formatPinpoint, parsePinpoint, pinpointDepth } from "../pinpoint";

/**
 * Node ids of the clause graph: the only module that makes or parses them.
 *
 * An id is `kind:key` (`article:28`, `paragraph:28(4)`, `term:serious-crime`), except the
 * singletons `treaty`, `preamble` and `about` (the pages whose prose can refer to provisions).
 */
export const nodeId = {
  article: (n: number) => `article:${n}`,
  paragraph: (pin: string) => `paragraph:${pin}`,
  chapter: (numeral: string) => `chapter:${numeral}`,
  term: (slug: string) => `term:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  stakeholder: (id: string) => `stakeholder:${id}`,
  source: (id: string) => `source:${id}`,
  annotation: (id: string) => `annotation:${id}`,
  event: (id: string) => `event:${id}`,
  /** A provision's official wording, imported by a deployer: `official:28(4)`, `official:preamble-3` (the third recital). */
  official: (key: string) => `official:${key}`,
  /** An article of an earlier treaty: `counterpart:budapest:19`. */
  counterpart: (treaty: string, n: number) => `counterpart:${treaty}:${n}`,
} as const;

const SINGLETONS = ["treaty", "preamble", "about"] as const;

export type NodeKind = keyof typeof nodeId | (typeof SINGLETONS)[number];

/** A node id taken apart: its kind and the key after the colon (empty for the singletons). */
export interface ParsedNodeId {
  kind: NodeKind;
  key: string;
}

const KINDS = new Set<string>(Object.keys(nodeId));

/** Splits an id into kind and key; undefined for anything that is not a node id. */
export function parseNodeId(id: string): ParsedNodeId | undefined {
  const singleton = SINGLETONS.find((name) => name === id);
  if (singleton) return { kind: singleton, key: "" };
  const colon = id.indexOf(":");
  if (colon <= 0) return undefined;
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!KINDS.has(kind) || key === "") return undefined;
  return { kind: kind as keyof typeof nodeId, key };
}

/** The graph node a provision reference points at: `article:28`, `paragraph:28(4)`, `treaty` or `preamble`. */
export function provisionNodeId(provision: string): string {
  if (provision === "treaty" || provision === "preamble") return provision;
  const pin = parsePinpoint(provision);
  if (!pin) throw new Error(`"${provision}" is not a provision`);
  return pinpointDepth(pin) === 0 ? nodeId.article(pin.article) : nodeId.paragraph(formatPinpoint(pin));
}

/** The article an article or paragraph id belongs to; undefined for any other node. */
export function articleOfNodeId(id: string): number | undefined {
  const parsed = parseNodeId(id);
  if (parsed?.kind === "article") return Number(parsed.key);
  if (parsed?.kind === "paragraph") return parsePinpoint(parsed.key)?.article;
  return undefined;
}
