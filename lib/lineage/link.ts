import type { Located } from "../compile/load";
import type { ProblemList } from "../compile/problems";
import type { LineageArticle, LineageGraph, LineageTreatyNode, MappingNode } from "../schema/lineage";
import { lineagePaths, type LineageTreatyFile, type LoadedLineage, type MappingsFile } from "./load";

/** What lineage needs to know of each UN article: its number and how sure its digest is. */
export interface UnArticle {
  number: number;
  confidence: "high" | "medium" | "low";
}

/** No lineage folder: no treaties, no mappings (the pages then show no lineage at all). */
export const EMPTY_LINEAGE: LineageGraph = { treaties: [], mappings: [] };

/**
 * Cross-checks the lineage files: each treaty file is named after its id and numbers its
 * articles once; every counterpart names an article (and paragraph) its treaty lists; every UN
 * article has exactly one mapping; a mapping is marked unverified exactly when its UN article's
 * digest is medium or low confidence.
 */
export function linkLineage(loaded: LoadedLineage, unArticles: readonly UnArticle[], problems: ProblemList): LineageGraph {
  const treaties = loaded.treaties.flatMap((file) => checkTreaty(file, loaded.folder, problems));
  const byTreaty = new Map(treaties.map((treaty) => [treaty.id, new Map(treaty.articles.map((article) => [article.number, article]))]));
  const mappings = loaded.mappings ? linkMappings(loaded.mappings, unArticles, byTreaty, problems) : [];
  return { treaties, mappings };
}

function checkTreaty(file: Located<LineageTreatyFile>, folder: string, problems: ProblemList): LineageTreatyNode[] {
  const { data, path, source } = file;
  if (path !== lineagePaths.treaty(folder, data.id)) {
    problems.add(path, source.positionOf(["id"]), "file-name-mismatch", `treaty "${data.id}" must live in lineage/${data.id}.yaml`);
    return [];
  }
  const seen = new Set<number>();
  const articles: LineageArticle[] = [];
  data.articles.forEach((article, index) => {
    if (seen.has(article.number)) {
      problems.add(path, source.positionOf(["articles", index, "number"]), "duplicate-id", `article ${article.number} is listed twice`);
      return;
    }
    seen.add(article.number);
    articles.push(article);
  });
  return [{ ...data, articles: articles.sort((a, b) => a.number - b.number) }];
}

type ArticlesByTreaty = ReadonlyMap<string, ReadonlyMap<number, LineageArticle>>;

function linkMappings(file: Located<MappingsFile>, unArticles: readonly UnArticle[], byTreaty: ArticlesByTreaty, problems: ProblemList): MappingNode[] {
  const { data, path, source } = file;
  const un = new Map(unArticles.map((article) => [article.number, article]));
  const mapped = new Map<number, MappingNode>();
  data.forEach((entry, index) => {
    const article = un.get(entry.article);
    if (!article) {
      problems.add(path, source.positionOf([index, "article"]), "unknown-provision", `there is no UN article ${entry.article} in content/articles`);
      return;
    }
    if (mapped.has(entry.article)) {
      problems.add(path, source.positionOf([index, "article"]), "duplicate-mapping", `article ${entry.article} is mapped twice`);
      return;
    }
    const recalled = article.confidence !== "high";
    if (entry.unverified !== recalled) {
      const message = recalled
        ? `article ${entry.article}'s digest is ${article.confidence} confidence, so its mapping needs unverified: true`
        : `article ${entry.article}'s digest is high confidence, so its mapping is not unverified`;
      problems.add(path, source.positionOf([index, "unverified"]), "unverified-mismatch", message);
    }
    const counterparts = entry.counterparts.flatMap((counterpart, at) => {
      const where = source.positionOf([index, "counterparts", at, "article"]);
      const articles = byTreaty.get(counterpart.treaty);
      if (!articles) return []; // its file failed to load, and that was reported
      const target = articles.get(counterpart.article);
      if (!target) {
        problems.add(path, where, "unknown-counterpart", `${counterpart.treaty} has no article ${counterpart.article} in lineage/${counterpart.treaty}.yaml`);
        return [];
      }
      const problem = paragraphProblem(counterpart.treaty, target, counterpart.paragraph);
      if (problem) {
        problems.add(path, source.positionOf([index, "counterparts", at, "paragraph"]), "unknown-counterpart", problem);
        return [];
      }
      return [{ ...counterpart, title: target.title }];
    });
    mapped.set(entry.article, { article: entry.article, none: entry.none === true, counterparts, note: entry.note, unverified: entry.unverified });
  });
  for (const article of unArticles) {
    if (!mapped.has(article.number)) {
      problems.add(path, source.positionOf([]), "missing-mapping", `article ${article.number} has no entry: give its counterparts or none: true`);
    }
  }
  return [...mapped.values()].sort((a, b) => a.article - b.article);
}

/** Why a counterpart's paragraph cannot be cited, or undefined when it can (or none is given). */
function paragraphProblem(treaty: string, article: LineageArticle, paragraph: number | undefined): string | undefined {
  if (paragraph === undefined) return undefined;
  if (article.paragraphs === undefined) return `we do not record the paragraphs of ${treaty} article ${article.number}; cite the article`;
  if (paragraph > article.paragraphs) {
    const count = article.paragraphs === 0 ? "no numbered paragraphs" : `${article.paragraphs} numbered paragraph${article.paragraphs === 1 ? "" : "s"}`;
    return `${treaty} article ${article.number} has ${count}, so no paragraph ${paragraph}`;
  }
  return undefined;
}
