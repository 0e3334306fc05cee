// citation-js ships no type declarations; these cover the part of its API we call.
declare module "@citation-js/core" {
  export interface FormatOptions {
    format?: "text" | "object" | "string" | "html";
    type?: string;
    style?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The entries as CSL-JSON objects. */
    data: Array<Record<string, unknown>>;
    format(format: string, options?: FormatOptions): string | unknown;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
