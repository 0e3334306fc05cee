import type { OfficialSource } from "../official/schema";
import type { ClauseGraph } from "../schema/graph";
import type { DatasetInfo } from "./schemas";

/**
 * The licence of the published data. Our own writing (digests, summaries, paraphrases, notes)
 * and the graph's structure are licensed here; quotations keep their authors' rights and the
 * Convention's official text is the United Nations'. One place to change it.
 */
export const DATA_LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  scope:
    "Our digests, summaries, paraphrases and notes, and the structure of the graph. Quotations inside annotations stay their authors' and are reproduced as short quotations with their source; the Convention's official text belongs to the United Nations and is not part of this licence.",
} as const;

export const DIGEST_NOTICE =
  "The digests are plain-language summaries written by Treaty Explorer, not the official text of the Convention. Cite and rely on the official text published by the United Nations.";

/**
 * Whether this build carries an imported official text. The repository never does; a deployer
 * may import the UN document at build time (issue 11), and only then may its words appear here.
 */
export function officialTextStatus(graph: ClauseGraph, official?: OfficialSource): DatasetInfo["officialText"] {
  if (official) {
    return {
      imported: true,
      source: { fileName: official.fileName, sha256: official.sha256, importedAt: official.importedAt },
      note: `The deployer imported an official text (${official.fileName}, ${official.importedAt}) into this build: every digest pinpoint was checked against its numbering, and pages show its words beside the digests. These data files hold our digests only, not its sentences.`,
      links: graph.treaty.officialText,
    };
  }
  return {
    imported: false,
    note: "No official text was imported into this build: the data holds our digests only. Read the official text at the links given.",
    links: graph.treaty.officialText,
  };
}

/** The block every published file starts with: what it is, whose it is, and what it is not. */
export function datasetInfo(graph: ClauseGraph, homepage: string, official?: OfficialSource): DatasetInfo {
  return {
    title: `Treaty Explorer open data: ${graph.treaty.shortTitle}`,
    homepage,
    licence: { ...DATA_LICENCE },
    notice: DIGEST_NOTICE,
    officialText: officialTextStatus(graph, official),
  };
}
