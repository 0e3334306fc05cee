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
  const content: LoadedContent = { articles: [], terms: [], topics: [], sources: [], annotations: [] };
  const inFolder = (folder: string, extension: string) =>
    [...files.keys()].filter((path) => path.startsWith(`${root}/${folder}/`) && path.endsWith(extension)).sort();
  const single = (name: string, required: boolean): [string, string] | undefined => {
    const path = `${root}/${name}`;
    const text = files.get(path);
    if (text === undefined) {
      const unreadable = problems.items.some((problem) => problem.path === path);
      if (required && !unreadable) problems.add(path, undefined, "missing-file", `${name} is missing`);
      return undefined;
    }
    return [path, text];
  };

  const treaty = single("treaty.yaml", true);
  if (treaty) content.treaty = withPath(treaty[0], loadYaml(treaty[0], treaty[1], schema.treatyFile, problems));
  const chapters = single("chapters.yaml", true);
  if (chapters) content.chapters = withPath(chapters[0], loadYaml(chapters[0], chapters[1], schema.chaptersFile, problems));
  const stakeholders = single("stakeholders.yaml", true);
  if (stakeholders) content.stakeholders = withPath(stakeholders[0], loadYaml(stakeholders[0], stakeholders[1], schema.stakeholdersFile, problems));
  const timeline = single("timeline.yaml", true);
  if (timeline) content.timeline = withPath(timeline[0], loadYaml(timeline[0], timeline[1], schema.timelineFile, problems));
  const preamble = single("preamble.md", true);
  if (preamble) content.preamble = loadMarkdown(preamble[0], preamble[1], schema.pageFrontmatter, problems);
  const about = single("about.md", true);
  if (about) content.about = loadMarkdown(about[0], about[1], schema.pageFrontmatter, problems);

  for (const path of inFolder("articles", ".md")) {
    let blocks: ParagraphBlock[] = [];
    const loaded = loadMarkdown(path, files.get(path)!, schema.articleFrontmatter, problems, (tree, file, data) => {
      unified().use(remarkParagraphBlocks, { article: data.number }).runSync(tree, file);
      blocks = file.data.paragraphBlocks ?? [];
    });
    if (!loaded) continue;
    if (baseName(path) !== String(loaded.data.number)) {
      problems.add(path, loaded.source.positionOf(["number"]), "file-name-mismatch", `article ${loaded.data.number} must live in articles/${loaded.data.number}.md`);
    }
    content.articles.push({ ...loaded, blocks });
  }
  for (const path of inFolder("terms", ".md")) {
    const loaded = loadMarkdown(path, files.get(path)!, schema.termFrontmatter, problems);
    if (loaded && checkSlug(path, problems)) content.terms.push({ ...loaded, slug: baseName(path) });
  }
  for (const path of inFolder("topics", ".md")) {
    const loaded = loadMarkdown(path, files.get(path)!, schema.topicFrontmatter, problems);
    if (loaded && checkSlug(path, problems)) content.topics.push({ ...loaded, slug: baseName(path) });
  }
  for (const path of inFolder("sources", ".yaml")) {
    const loaded = withPath(path, loadYaml(path, files.get(path)!, schema.sourceFile, problems));
    if (!loaded) continue;
    if (loaded.data.id !== baseName(path)) {
      problems.add(path, loaded.source.positionOf(["id"]), "file-name-mismatch", `source "${loaded.data.id}" must live in sources/${loaded.data.id}.yaml`);
    }
    content.sources.push(loaded);
  }
  for (const path of inFolder("annotations", ".yaml")) {
    const loaded = withPath(path, loadYaml(path, files.get(path)!, schema.annotationsFile, problems));
    if (loaded) content.annotations.push({ ...loaded, sourceId: baseName(path) });
  }
  return content;
}

function withPath<T>(path: string, loaded: { data: T; source: YamlSource } | undefined): Located<T> | undefined {
  return loaded ? { path, ...loaded } : undefined;
}

function checkSlug(path: string, problems: ProblemList): boolean {
  if (isSlug(baseName(path))) return true;
  problems.add(path, undefined, "file-name-mismatch", `"${baseName(path)}" must be kebab-case (it becomes a URL)`);
  return false;
}
