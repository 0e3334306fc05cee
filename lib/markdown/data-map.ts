import type { ParagraphBlock } from "./remark-paragraph-blocks";
import type { ReferenceTarget } from "../references";

// Plugins hand their results on through typed `file.data`, never through globals.
declare module "vfile" {
  interface DataMap {
    paragraphBlocks: ParagraphBlock[];
    references: ReferenceTarget[];
    termUses: string[];
  }
}

export {};
