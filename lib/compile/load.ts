import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import type { z } from "zod";
import { parseMarkdown } from "../markdown/parse";
import { remarkParagraphBlocks, type ParagraphBlock } from "../markdown/remark-paragraph-blocks";
import { remarkNoDirectives } from "../markdown/remark-no-directives";
import { remarkNestingLimit } from "../markdown/remark-nesting-limit";
import { remarkSafeMarkdown } from "../markdown/remark-safe-markdown";
import * as schema from "../schema/content";
import { isSlug } from "../schema/fields";
import { splitFrontmatter } from "./frontmatter";
import { collectMessages } from "./messages";
import type { ProblemList } from "./problems";
import { loadYaml, type YamlSource } from "./yaml-source";

/** A validated record with the YAML it came from, so later stages can point at its fields. */
export interface Located<T> {
  path: string;
  data: T;
  source: YamlSource;
}

export interface LoadedMarkdown<T> extends Located<T> {
  tree: Root;
}

export interface LoadedArticle extends LoadedMarkdown<z.infer<typeof schema.articleFrontmatter>> {
  blocks: ParagraphBlock[];
}

/** Stage 1 output: every file parsed and checked against its schema, nothing linked yet. */
export interface LoadedContent {
  treaty?: Located<z.infer<typeof schema.treatyFile>>;
  chapters?: Located<z.infer<typeof schema.chaptersFile>>;
  preamble?: LoadedMarkdown<z.infer<typeof schema.pageFrontmatter>>;
  about?: LoadedMarkdown<z.infer<typeof schema.pageFrontmatter>>;
  articles: LoadedArticle[];
  terms: Array<LoadedMarkdown<z.infer<typeof schema.termFrontmatter>> & { slug: string }>;
  topics: Array<LoadedMarkdown<z.infer<typeof schema.topicFrontmatter>> & { slug: string }>;
  stakeholders?: Located<z.infer<typeof schema.stakeholdersFile>>;
  sources: Array<Located<z.infer<typeof schema.sourceFile>>>;
  annotations: Array<Located<z.infer<typeof schema.annotationsFile>> & { sourceId: string }>;
  timeline?: Located<z.infer<typeof schema.timelineFile>>;
}

function loadMarkdown<Schema extends z.ZodType>(
  path: string,
  text: string,
  frontmatter: Schema,
  problems: ProblemList,
  transform: (tree: Root, file: VFile, data: z.infer<Schema>) => void = (tree, file) => {
    unified().use(remarkNoDirectives).runSync(tree, file);
  },
): LoadedMarkdown<z.infer<Schema>> | undefined {
  const split = splitFrontmatter(path, text, problems);
  if (!split) return undefined;
  const loaded = loadYaml(path, split.frontmatter, frontmatter, problems, split.frontmatterLine - 1);
  const tree = parseMarkdown(split.body);
  const file = new VFile({ path });
  unified().use(remarkNestingLimit).use(remarkSafeMarkdown).runSync(tree, file);
  if (loaded) transform(tree, file, loaded.data);
  collectMessages(path, file, problems);
  return loaded ? { path, data: loaded.data, source: loaded.source, tree } : undefined;
}

/** The part of a path after the folder and before the extension: `28` for `content/articles/28.md`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.(md|ya?ml)$/u, "");
}

/** Stage 1: parse and validate every file on its own. */
export function loadContent(files: ReadonlyMap<string, string>, root: string, problems: ProblemList): LoadedContent {
  const found = contentFiles(files, root, problems);
  const yaml = <Schema extends z.ZodType>(name: string, fileSchema: Schema) =>
    found.single(name, (path, text) => withPath(path, loadYaml(path, text, fileSchema, problems)));
  const page = (name: string) => found.single(name, (path, text) => loadMarkdown(path, text, schema.pageFrontmatter, problems));
  return {
    treaty: yaml("treaty.yaml", schema.treatyFile),
    chapters: yaml("chapters.yaml", schema.chaptersFile),
    stakeholders: yaml("stakeholders.yaml", schema.stakeholdersFile),
    timeline: yaml("timeline.yaml", schema.timelineFile),
    preamble: page("preamble.md"),
    about: page("about.md"),
    articles: found.folder("articles", ".md").flatMap(([path, text]) => loadArticle(path, text, problems) ?? []),
    terms: found.folder("terms", ".md").flatMap(([path, text]) => loadSlugged(path, text, schema.termFrontmatter, problems) ?? []),
    topics: found.folder("topics", ".md").flatMap(([path, text]) => loadSlugged(path, text, schema.topicFrontmatter, problems) ?? []),
    sources: found.folder("sources", ".yaml").flatMap(([path, text]) => loadSource(path, text, problems) ?? []),
    annotations: found.folder("annotations", ".yaml").flatMap(([path, text]) => {
      const loaded = withPath(path, loadYaml(path, text, schema.annotationsFile, problems));
      return loaded ? { ...loaded, sourceId: baseName(path) } : [];
    }),
  };
}

/** Finds content files by name or folder, reporting a required file that is missing. */
function contentFiles(files: ReadonlyMap<string, string>, root: string, problems: ProblemList) {
  return {
    /** Loads a required file at the root; a missing one is reported, unless reading it already failed. */
    single<T>(name: string, load: (path: string, text: string) => T | undefined): T | undefined {
      const path = `${root}/${name}`;
      const text = files.get(path);
      if (text !== undefined) return load(path, text);
      const unreadable = problems.items.some((problem) => problem.path === path);
      if (!unreadable) problems.add(path, undefined, "missing-file", `${name} is missing`);
      return undefined;
    },
    /** The files of a folder with an extension, sorted by path. */
    folder(name: string, extension: string): Array<[path: string, text: string]> {
      return [...files].filter(([path]) => path.startsWith(`${root}/${name}/`) && path.endsWith(extension)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    },
  };
}

function loadArticle(path: string, text: string, problems: ProblemList): LoadedArticle | undefined {
  let blocks: ParagraphBlock[] = [];
  const loaded = loadMarkdown(path, text, schema.articleFrontmatter, problems, (tree, file, data) => {
    unified().use(remarkParagraphBlocks, { article: data.number }).runSync(tree, file);
    blocks = file.data.paragraphBlocks ?? [];
  });
  if (!loaded) return undefined;
  if (baseName(path) !== String(loaded.data.number)) {
    problems.add(
      path,
      loaded.source.positionOf(["number"]),
      "file-name-mismatch",
      `article ${loaded.data.number} must live in articles/${loaded.data.number}.md`,
    );
  }
  return { ...loaded, blocks };
}

/** A term or topic: Markdown whose file name is its slug. */
function loadSlugged<Schema extends z.ZodType>(path: string, text: string, frontmatter: Schema, problems: ProblemList) {
  const loaded = loadMarkdown(path, text, frontmatter, problems);
  return loaded && checkSlug(path, problems) ? { ...loaded, slug: baseName(path) } : undefined;
}

function loadSource(path: string, text: string, problems: ProblemList): LoadedContent["sources"][number] | undefined {
  const loaded = withPath(path, loadYaml(path, text, schema.sourceFile, problems));
  if (loaded && loaded.data.id !== baseName(path)) {
    problems.add(path, loaded.source.positionOf(["id"]), "file-name-mismatch", `source "${loaded.data.id}" must live in sources/${loaded.data.id}.yaml`);
  }
  return loaded;
}

function withPath<T>(path: string, loaded: { data: T; source: YamlSource } | undefined): Located<T> | undefined {
  return loaded ? { path, ...loaded } : undefined;
}

function checkSlug(path: string, problems: ProblemList): boolean {
  if (isSlug(baseName(path))) return true;
  problems.add(path, undefined, "file-name-mismatch", `"${baseName(path)}" must be kebab-case (it becomes a URL)`);
  return false;
}
