import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterTypes } from "parse5";

/**
 * Finds a built page's inline scripts and writes its Content-Security-Policy <meta> tag.
 * The page is parsed with parse5, which tokenises HTML as browsers do, so a script's text here
 * is the text a browser hashes; the page is then edited by offset, byte for byte elsewhere.
 */

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** The CSP source allowing an inline script with exactly this text (`'sha256-<base64>'`). */
export function cspHashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function isElement(node: DefaultTreeAdapterTypes.Node): node is Element {
  return "tagName" in node;
}

/** Every element in document order (template contents are inert and are not visited). */
function elementsOf(parent: ParentNode, out: Element[] = []): Element[] {
  for (const child of parent.childNodes) {
    if (!isElement(child)) continue;
    out.push(child);
    elementsOf(child, out);
  }
  return out;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

// The HTML standard's JavaScript MIME types: scripts of any other type are data blocks, never run.
const JAVASCRIPT_TYPES = new Set(
  ["application/ecmascript", "application/javascript", "application/x-ecmascript", "application/x-javascript", "text/ecmascript", "text/javascript", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript"].concat(
    ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"].map((version) => `text/javascript${version}`),
  ),
);

function runsAsScript(script: Element): boolean {
  const type = attribute(script, "type");
  if (type === undefined) return true;
  const essence = type.split(";")[0]!.trim().toLowerCase();
  return essence === "" || essence === "module" || JAVASCRIPT_TYPES.has(essence);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ("value" in child && child.nodeName === "#text" ? child.value : "")).join("");
}

/** The text of every inline script a browser would run, in document order. */
export function inlineScriptTexts(html: string): string[] {
  return inlineScriptsIn(elementsOf(parse(html))).map(textOf);
}

function inlineScriptsIn(elements: readonly Element[]): Element[] {
  return elements.filter((el) => el.tagName === "script" && attribute(el, "src") === undefined && runsAsScript(el) && textOf(el) !== "");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;");
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

function isCspMeta(element: Element): boolean {
  return element.tagName === "meta" && attribute(element, "http-equiv")?.toLowerCase() === "content-security-policy";
}

/**
 * Where the policy goes: right after `<meta charset>` when that opens the head, else right after
 * `<head>`. A <meta> policy covers only what follows it; nothing can precede this place but the
 * charset (a script before `<head>` makes the parser imply the head, and then there is no tag).
 */
function insertionOffset(head: Element): number {
  const first = head.childNodes.find(isElement);
  const charset = first?.tagName === "meta" && attribute(first, "charset") !== undefined ? first.sourceCodeLocation?.endOffset : undefined;
  const headStart = head.sourceCodeLocation?.startTag?.endOffset;
  if (headStart === undefined) throw new Error("the page has no <head> tag to carry its Content-Security-Policy");
  return charset ?? headStart;
}

/**
 * Writes (or rewrites) the page's `<meta http-equiv="Content-Security-Policy">` with the policy
 * made from the hashes of its inline scripts, before any script of the page. Returns the new
 * HTML and the hashes. Throws when the page has no <head> tag.
 */
export function withCspMeta(html: string, policyFor: (hashes: readonly string[]) => string): { html: string; hashes: string[] } {
  const elements = elementsOf(parse(html, { sourceCodeLocationInfo: true }));
  const head = elements.find((el) => el.tagName === "head");
  if (!head) throw new Error("the page has no <head>");
  const at = insertionOffset(head);
  const hashes = [...new Set(inlineScriptsIn(elements).map((el) => cspHashSource(textOf(el))))];
  const stale: Edit[] = elements.filter(isCspMeta).flatMap((el) => (el.sourceCodeLocation ? [{ start: el.sourceCodeLocation.startOffset, end: el.sourceCodeLocation.endOffset, text: "" }] : []));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policyFor(hashes))}"/>`;
  return { html: applyEdits(html, [{ start: at, end: at, text: meta }, ...stale]), hashes };
}
