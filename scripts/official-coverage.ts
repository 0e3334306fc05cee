import type { OfficialReport } from "../lib/official/check";
import { formatPinpoint, parentPinpoint, parsePinpoint, type Pinpoint } from "../lib/pinpoint";

const WIDTH = 100;

/** The pinpoint's own last part, as printed after its parent: `(4)`, `(b)`, `(ii)`. */
const ownPart = (pin: Pinpoint) => `(${pin.roman ?? pin.letter ?? pin.paragraph})`;

function isNextSibling(before: Pinpoint, pin: Pinpoint): boolean {
  const a = parentPinpoint(before);
  const b = parentPinpoint(pin);
  if (!a || !b || formatPinpoint(a) !== formatPinpoint(b)) return false;
  if (pin.roman !== undefined || before.roman !== undefined) return false;
  if (pin.letter !== undefined) return before.letter !== undefined && pin.letter.charCodeAt(0) === before.letter.charCodeAt(0) + 1;
  return before.paragraph !== undefined && pin.paragraph === before.paragraph + 1 && before.letter === undefined;
}

/** One article's uncovered pinpoints, runs of three or more siblings shortened: `40(1)–(20)`. */
function compact(pins: readonly Pinpoint[]): string[] {
  const runs: Pinpoint[][] = [];
  for (const pin of pins) {
    const run = runs.at(-1);
    if (run && isNextSibling(run.at(-1)!, pin)) run.push(pin);
    else runs.push([pin]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [`${formatPinpoint(run[0]!)}–${ownPart(run.at(-1)!)}`] : run.map(formatPinpoint)));
}

/** Wraps items into indented lines of at most WIDTH characters. */
function wrap(items: readonly string[]): string[] {
  const lines: string[] = [];
  let line = " ";
  for (const item of items) {
    if (line.length + item.length + 1 > WIDTH && line.trim() !== "") {
      lines.push(line.trimEnd());
      line = " ";
    }
    line += ` ${item}`;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/** The build's lines about the official text: what was checked, then the paragraphs no digest covers. */
export function coverageReport(path: string, report: OfficialReport): string[] {
  const { fileName, importedAt } = report.source;
  const covered = report.provisions - report.uncovered.length;
  const byArticle = new Map<number, Pinpoint[]>();
  for (const pin of report.uncovered.map((text) => parsePinpoint(text)!)) byArticle.set(pin.article, [...(byArticle.get(pin.article) ?? []), pin]);
  return [
    `official text: ${path} (${fileName}, imported ${importedAt}): articles, chapters and titles match; ${report.checked.length} digest pinpoints checked; ${covered} of ${report.provisions} official paragraphs and items have a digest paragraph${report.uncovered.length > 0 ? "; none for:" : ""}`,
    ...wrap([...byArticle.values()].flatMap(compact)),
  ];
}
