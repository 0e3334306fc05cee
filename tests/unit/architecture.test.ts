import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The architecture rules of issue 16, checked over the source tree: data flows one way, pages do
 * not reach into the compiler, functions stay readable, and ids and URLs have one home.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const TREES = ["app", "components", "lib", "scripts"];
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = TREES.flatMap(sourceFiles);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const parsed = new Map(files.map((file) => [file, ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true)]));

/** Resolves an import specifier to a project file, or undefined for packages. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? resolve(ROOT, dirname(from), specifier) : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    const rel = relative(ROOT, candidate);
    if (parsed.has(rel)) return rel;
  }
  return undefined;
}

/** Project files a file imports, type-only imports included: a loop of types is still a tangle. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const statement of parsed.get(file)!.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const target = resolveImport(file, statement.moduleSpecifier.text);
      if (target) out.push(target);
    }
  }
  return out;
}

/** Strongly connected components with more than one file (or a file importing itself): import loops. */
function importLoops(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (node: string) => {
    indexOf.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
    }
    if (low.get(node) !== indexOf.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) loops.push(component.sort());
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return loops;
}

/** Every function longer than `limit` lines, as `file:line name (n lines)`. */
function longFunctions(file: string, limit: number): string[] {
  const source = parsed.get(file)!;
  const found: string[] = [];
  const walk = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      if (end - start + 1 > limit) found.push(`${file}:${start + 1} ${name} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return found;
}

describe("architecture", () => {
  it("has no import loops", () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    expect(importLoops(graph)).toEqual([]);
  });

  it("finds an import loop when there is one (the checker itself works)", () => {
    const loops = importLoops(
      new Map([
        ["a", ["b"]],
        ["b", ["c"]],
        ["c", ["a"]],
        ["d", ["a"]],
      ]),
    );
    expect(loops).toEqual([["a", "b", "c"]]);
  });

  it("keeps pages and components out of the compiler", () => {
    const offenders = files
      .filter((file) => /^(app|components)\//.test(file))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith("lib/compile/"))
          .map((target) => `${file} → ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it("has no function over 80 lines in lib/", () => {
    expect(files.filter((file) => file.startsWith("lib/") && !isTest(file)).flatMap((file) => longFunctions(file, 80))).toEqual([]);
  });

  it("makes node ids and site URLs only in lib/graph/ids.ts and lib/graph/hrefs.ts", () => {
    const homes = new Set(["lib/graph/ids.ts", "lib/graph/hrefs.ts"]);
    const template =
      /`(\/(articles|chapters|terms|topics|stakeholders|sources|lineage|timeline|about|search|data|cite)[/#?][^`]*\$\{|(article|paragraph|chapter|term|topic|stakeholder|source|annotation|event|counterpart):\$\{)/;
    const offenders = files
      .filter((file) => !homes.has(file) && !isTest(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), "utf8")
          .split("\n")
          .flatMap((line, index) => (template.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});
