import type { Root } from "mdast";
import type { VFile } from "vfile";
import { href } from "../graph/hrefs";
import type { TermMatcher } from "./term-matcher";
import { replaceInText } from "./replace-text";
import "./data-map";

export interface RemarkTermsOptions {
  matcher: TermMatcher;
  /** The short definition shown on hover and focus. */
  tipOf: (slug: string) => string;
  /** Terms not to link here: the term whose own definition this is. */
  exclude?: ReadonlySet<string>;
  /** Prefix that makes tooltip ids unique on a page (`t-28-p4`). */
  idPrefix: string;
}

/**
 * Links the first use of each defined term in a piece of prose to its term page, with the
 * definition in a tooltip that CSS shows on hover and keyboard focus (no JavaScript needed).
 * The terms linked are recorded in `file.data.termUses`, from which the linker makes its `uses`
 * edges (so the matcher runs once per text, and an edge means a link the reader sees).
 */
export function remarkTerms(options: RemarkTermsOptions) {
  return (tree: Root, file: VFile) => {
    const used = new Set<string>();
    let count = 0;
    replaceInText(tree, (node) =>
      options.matcher.find(node.value).flatMap((match) => {
        if (options.exclude?.has(match.slug) || used.has(match.slug)) return [];
        used.add(match.slug);
        const id = `${options.idPrefix}-${++count}`;
        return [
          {
            start: match.start,
            end: match.end,
            node: {
              type: "termRef",
              data: { hName: "span", hProperties: { className: ["term"] } },
              children: [
                {
                  type: "link",
                  url: href.term(match.slug),
                  children: [{ type: "text", value: node.value.slice(match.start, match.end) }],
                  data: { hProperties: { className: ["term-link"], ariaDescribedBy: id, dataTerm: match.slug } },
                },
                {
                  type: "termTip",
                  data: {
                    hName: "span",
                    hProperties: { className: ["term-tip"], role: "tooltip", id },
                    hChildren: [{ type: "text", value: options.tipOf(match.slug) }],
                  },
                },
              ],
            } as never,
          },
        ];
      }),
    );
    file.data.termUses = [...used];
  };
}
