/**
 * Search kinds and their labels. Kept free of zod and of the engine so the always-loaded UI
 * (the header launcher and the dialog shell) can import it cheaply.
 */
export const SEARCH_KINDS = ["provision", "official", "term", "commentary", "stakeholder", "topic", "source"] as const;

export type SearchKindName = (typeof SEARCH_KINDS)[number];

export const KIND_LABELS: Record<SearchKindName, { one: string; many: string }> = {
  provision: { one: "Provision", many: "Provisions" },
  official: { one: "Official text", many: "Official text" },
  term: { one: "Term", many: "Terms" },
  commentary: { one: "Commentary", many: "Commentary" },
  stakeholder: { one: "Stakeholder", many: "Stakeholders" },
  topic: { one: "Key issue", many: "Key issues" },
  source: { one: "Source", many: "Sources" },
};

export function isSearchKind(value: string): value is SearchKindName {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}
