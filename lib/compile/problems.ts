/** Every kind of content error the compiler reports, with a hint on how to fix it. */
export const PROBLEM_KINDS = {
  "malformed-yaml": "Check indentation and quoting; strings with a colon need quotes.",
  "missing-field": "Add the field; content/README.md lists the fields of each file kind.",
  "invalid-field": "Give the field a value of the expected kind.",
  "unknown-field": "Remove the field or correct its spelling.",
  "impossible-date": "Write YYYY, YYYY-MM or YYYY-MM-DD and use a date that exists.",
  "unknown-chapter": "Use a chapter numeral listed in chapters.yaml.",
  "duplicate-article": "Each article number may appear in one file only.",
  "duplicate-paragraph": "Each paragraph pinpoint may have one block only.",
  "duplicate-id": "Ids must be unique within their kind.",
  "file-name-mismatch": "Name the file after its article number or id.",
  "invalid-pinpoint": "Write pinpoints as 28(4), 40(21)(b), 11(1)(a)(ii) or 2(h).",
  "pinpoint-article-mismatch": "A paragraph block belongs to the article of its file.",
  "missing-parent-paragraph": "Give the parent paragraph its own block, before its items.",
  "unverified-required": 'Paragraphs of medium- or low-confidence articles need verified="false".',
  "unknown-reference": "Cite the article instead, or give the paragraph a block.",
  "unknown-provision": "Point at an article or paragraph that exists in content/.",
  "unknown-stakeholder": "Add the stakeholder to stakeholders.yaml or fix the id.",
  "unknown-source": "Add sources/<id>.yaml or fix the id.",
  "unknown-topic": "Add topics/<slug>.md or use an existing slug.",
  "unknown-term-definition": "definedAt must name a paragraph that exists.",
  "quote-not-found": "Copy the quote character for character from ../shared/sources/<id>.md.",
  "line-out-of-range": "Count the source's non-empty lines after its front matter.",
  "raw-html": "Write Markdown only; raw HTML is not allowed in content.",
  "unsafe-link": "Links may only be site paths (/…, ./…), anchors (#…) or http(s) URLs.",
  "image-not-allowed": "Digests are text; remove the image.",
  "unknown-directive": 'The only block directive is :::paragraph{pin="…"}; escape a literal colon as \\:.',
  "nested-paragraph": "Paragraph blocks are flat; close one before opening the next.",
  "missing-frontmatter": "Start the file with --- front matter ---.",
  "not-utf8": "Save the file as UTF-8.",
  "control-character": "Remove the invisible control character.",
  "nesting-too-deep": "Flatten the quotes, lists or emphasis; Markdown may nest at most 500 levels.",
  "file-too-large": "Split the file; content files are at most 256 KiB.",
  "missing-file": "Create the file; content/README.md describes it.",
  "title-mismatch": "Use the article title exactly as the treaty gives it.",
  "stance-mismatch": "Give positions a stance; reported actions and background have none.",
  "actor-mismatch": "Name the actor of a reported action, and only there.",
  "basis-source-mismatch": "High- and medium-confidence articles name their basisSource; low-confidence articles have none.",
  "unknown-counterpart": "Point at an article (and paragraph) listed in content/lineage/<treaty>.yaml.",
  "missing-mapping": "Give the article an entry in content/lineage/mappings.yaml: its counterparts, or none: true.",
  "duplicate-mapping": "Each UN article has one entry in content/lineage/mappings.yaml.",
  "unverified-mismatch": "Mark a mapping unverified: true exactly when its UN article's confidence is medium or low.",
  "not-in-official-text": "Check the numbering against content/official/en.json; fix the pinpoint or remove the block.",
  "official-mismatch": "Make content/ agree with the official text, or import the right document with npm run import:official.",
  "invalid-official-text": "Re-create the file with npm run import:official; it is not edited by hand.",
} as const;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** Whether a value names a problem kind: a vfile message's `ruleId`, or a zod issue's `params.kind`. */
export function isProblemKind(value: unknown): value is ProblemKind {
  return typeof value === "string" && Object.hasOwn(PROBLEM_KINDS, value);
}

/** A content error, positioned at the line and column that caused it (1-based). */
export interface Problem {
  path: string;
  line: number;
  column: number;
  kind: ProblemKind;
  message: string;
}

/** `path:line:col kind: message (hint)`, the form editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}:${problem.line}:${problem.column} ${problem.kind}: ${problem.message} (${PROBLEM_KINDS[problem.kind]})`;
}

/** Orders problems by file, then position, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.kind.localeCompare(b.kind));
}

/** Collects problems; passed through every stage so all errors of all files are reported at once. */
export class ProblemList {
  readonly items: Problem[] = [];
  add(path: string, position: { line: number; column: number } | undefined, kind: ProblemKind, message: string): void {
    this.items.push({ path, line: position?.line ?? 1, column: position?.column ?? 1, kind, message });
  }
}
