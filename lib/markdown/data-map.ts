import type { RootContent } from "mdast";
import type { Position } from "unist";
import type { ReferenceTarget } from "../references";

/** One `:::paragraph{pin="…"}` block lifted out of an article body by remark-paragraph-blocks. */
export interface ParagraphBlock {
  pin: string;
  label?: string;
  verified: boolean;
  children: RootContent[];
  position?: Position;
}

// Plugins hand their results on through typed `file.data`, never through globals.
declare module "vfile" {
  interface DataMap {
    paragraphBlocks: ParagraphBlock[];
    references: ReferenceTarget[];
    termUses: string[];
  }
}
