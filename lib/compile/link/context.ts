import type { ParagraphBlock } from "../../markdown/remark-paragraph-blocks";
import type { TermMatcher } from "../../markdown/term-matcher";
import type { Pinpoint } from "../../pinpoint";
import type { ReferenceTarget } from "../../references";
import type { Edge } from "../../schema/graph";
import type { LoadedArticle, LoadedContent } from "../load";
import type { ProblemList } from "../problems";

/**
 * What every linker stage shares: the loaded files, the full source texts, and the two lists
 * stages add to. A required file that failed to load is absent from `content`; stages still check
 * everything else, so one run reports every problem.
 */
export interface LinkContext {
  content: LoadedContent;
  /** Full source texts by id, where ../shared/sources is present; quotes are checked against them. */
  sources: ReadonlyMap<string, string> | undefined;
  problems: ProblemList;
  /** Edges in the order the stages find them; that order is part of graph.json. */
  edges: Edge[];
}

/** A paragraph block that passed its checks, with its pinpoint parsed. */
export interface IndexedBlock {
  pin: Pinpoint;
  block: ParagraphBlock;
}

/** What exists in content/, built by the articles stage for every later stage to check against. */
export interface ProvisionIndex {
  /** Chapter numerals in chapters.yaml (none when it failed to load). */
  chapters: ReadonlySet<string>;
  /** Articles by number, in number order; a duplicate number keeps the first file. */
  articles: ReadonlyMap<number, LoadedArticle>;
  /** Paragraph blocks by canonical pinpoint (`28(4)`). */
  paragraphs: ReadonlyMap<string, IndexedBlock>;
  /** Topic slugs. */
  topics: ReadonlySet<string>;
}

/** Answers whether a reference or provision points at something that exists, and where. */
export interface Resolver {
  /** The URL of a reference target that exists in content/, or undefined when it does not. */
  urlOf(target: ReferenceTarget): string | undefined;
  /** Whether a provision (`treaty`, `preamble`, `28`, `28(4)`) exists in content/. */
  exists(provision: string): boolean;
}

/** What the term linker needs, built by the terms stage before any prose is rendered. */
export interface TermIndex {
  matcher: TermMatcher;
  /** The tooltip text of each term, by slug. */
  tips: ReadonlyMap<string, string>;
  /** The terms each paragraph defines (by pinpoint), which are not linked inside that paragraph. */
  definedAt: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The context of the stages that render prose: the shared one plus what the index stages built. */
export interface IndexedContext extends LinkContext {
  provisions: ProvisionIndex;
  resolver: Resolver;
  terms: TermIndex;
}
