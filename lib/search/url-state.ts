import { isSearchKind, type SearchKindName } from "./kinds";

/** What the search page keeps in its URL: `/search?q=serious+crime&kind=term&group=technology-industry`. */
export interface SearchUrlState {
  q: string;
  kind?: SearchKindName;
  group?: string;
}

const GROUP = /^[a-z0-9][a-z0-9-]{0,80}$/u;

/** Reads `?q=…&kind=…&group=…`, ignoring unknown kinds and malformed groups. */
export function readSearchState(search: string): SearchUrlState {
  const params = new URLSearchParams(search);
  const state: SearchUrlState = { q: (params.get("q") ?? "").slice(0, 1000) };
  const kind = params.get("kind");
  if (kind && isSearchKind(kind)) state.kind = kind;
  const group = params.get("group");
  if (group && GROUP.test(group)) state.group = group;
  return state;
}

/** The URL of a search state; the query is kept as typed (URLSearchParams encodes it safely). */
export function searchStateHref(state: SearchUrlState, pathname = "/search"): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.kind) params.set("kind", state.kind);
  if (state.group) params.set("group", state.group);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
