/**
 * Shared by tests/unit/hostile-content.test.ts and tests/e2e/hostile.desktop.spec.ts: the hostile
 * fixture tree, every HTML string the compiler renders from it, and a static check that HTML is inert.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileContent } from "../../lib/compile/compile";
import { formatProblem, ProblemList } from "../../lib/compile/problems";
import type { ClauseGraph } from "../../lib/schema/graph";
import { readContentFiles, readSharedSources } from "../../scripts/content-files";

export const HOSTILE = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));
export const HOSTILE_CASES = join(HOSTILE, "cases");

/** A fresh temp dir holding a copy of the hostile tree (content/ and sources/) at `<dir>/tree`. */
export function copyHostile(): { dir: string; root: string } {
  const dir = mkdtempSync(join(tmpdir(), "treaty-hostile-"));
  const root = join(dir, "tree");
  cpSync(join(HOSTILE, "content"), join(root, "content"), { recursive: true });
  cpSync(join(HOSTILE, "sources"), join(root, "sources"), { recursive: true });
  return { dir, root };
}

/** Compiles a content tree in memory, reading files the way the build does (strict UTF-8, size and control checks). */
export function compileTree(root: string): { graph?: ClauseGraph; problems: string[] } {
  const problems = new ProblemList();
  const files = readContentFiles(join(root, "content"), root, problems);
  const result = compileContent({ files, sources: readSharedSources(join(root, "sources")), root: "content" }, problems);
  return { graph: result.problems.length === 0 ? result.graph : undefined, problems: result.problems.map(formatProblem) };
}

/** Every HTML string the compiler rendered: digests, paragraphs, terms, topics, pages and text notes. */
export function renderedHtml(graph: ClauseGraph): Array<{ where: string; html: string }> {
  return [
    { where: "preamble", html: graph.preamble.html },
    { where: "about", html: graph.about.html },
    ...graph.articles.flatMap((article) => [
      { where: `article ${article.number}`, html: article.digest.html },
      ...article.paragraphs.map((paragraph) => ({ where: `paragraph ${paragraph.pin}`, html: paragraph.html })),
    ]),
    ...graph.terms.map((term) => ({ where: `term ${term.slug}`, html: term.html })),
    ...graph.topics.map((topic) => ({ where: `topic ${topic.slug}`, html: topic.html })),
    ...graph.annotations.flatMap((annotation) =>
      annotation.textNote ? [{ where: `annotation ${annotation.id} textNote`, html: annotation.textNote.html }] : [],
    ),
  ];
}

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|quot|amp|lt|gt|apos|colon|tab|newline);?/giu;
const NAMED: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", colon: ":", tab: "\t", newline: "\n" };

function decode(value: string): string {
  return value.replace(ENTITY, (_, name: string) => {
    const lower = name.toLowerCase();
    if (NAMED[lower] !== undefined) return NAMED[lower];
    return String.fromCodePoint(lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}

/** Start tags with their attributes, honouring quoted values (so `title="a > b onclick=x"` is one attribute). */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gu;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data", "background", "ping", "cite"]);
const FORBIDDEN_TAGS =
  /<(script|iframe|frame|frameset|style|object|embed|svg|math|img|form|input|button|base|link|meta|template|textarea|select|video|audio|source)\b/iu;

/** Why a piece of HTML is not inert (empty when it is): dangerous elements, handler attributes or script URLs. */
export function inertProblems(html: string): string[] {
  const problems: string[] = [];
  const forbidden = FORBIDDEN_TAGS.exec(html);
  if (forbidden) problems.push(`contains <${forbidden[1]}`);
  for (const tag of html.matchAll(START_TAG)) {
    for (const attribute of (tag[2] ?? "").matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? "").toLowerCase();
      const value = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? "");
      if (/^on/iu.test(name)) problems.push(`<${tag[1]}> has handler attribute ${name}`);
      if (name === "style") problems.push(`<${tag[1]}> has a style attribute`);
      // Browsers ignore ASCII whitespace and control characters inside the scheme.
      const scheme = value.replace(/[\u0000-\u0020\u007f-\u009f]/gu, "").toLowerCase();
      if (URL_ATTRIBUTES.has(name) && /^(javascript|data|vbscript|file):/u.test(scheme)) problems.push(`<${tag[1]} ${name}="${value.slice(0, 40)}">`);
    }
  }
  return problems;
}
