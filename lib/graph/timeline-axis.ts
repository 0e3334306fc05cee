/**
 * The timeline as a drawn time axis: where each dated event sits on a horizontal overview, and
 * the events grouped by year for the vertical list. Long empty stretches (2001 → 2019) are cut
 * out of the overview and marked as a break; entries without a date (pending) go after the end.
 */

/** What the axis needs of an event; `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, absent while pending. */
export interface AxisEvent {
  id: string;
  date?: string;
}

export interface PlacedEvent {
  id: string;
  /** Position along the overview, 0 to `width`. */
  x: number;
  /** Row above the axis, so events close in time do not cover each other (0 is nearest). */
  lane: number;
}

export interface AxisLayout {
  width: number;
  /** Year ticks on the axis. */
  ticks: Array<{ year: number; x: number }>;
  /** Where empty years were cut out. */
  breaks: number[];
  events: PlacedEvent[];
  /** Where the pending stretch starts, when there are pending events. */
  pendingFrom?: number;
  lanes: number;
}

export interface AxisOptions {
  width?: number;
  /** Empty years longer than this become a break. */
  maxGapYears?: number;
  breakWidth?: number;
  pendingWidth?: number;
  /** Events nearer than this (in axis units) go to separate lanes. */
  minSpacing?: number;
}

/** A date as a fractional year: a month or a year alone sits at the middle of its span. */
export function fractionalYear(date: string): number {
  const [year = "0", month, day] = date.split("-");
  if (!month) return Number(year) + 0.5;
  if (!day) return Number(year) + (Number(month) - 0.5) / 12;
  const start = Date.UTC(Number(year), 0, 1);
  const end = Date.UTC(Number(year) + 1, 0, 1);
  return Number(year) + (Date.UTC(Number(year), Number(month) - 1, Number(day)) - start) / (end - start);
}

/** Runs of years without a long gap: [first year, last year + 1). */
function segments(years: number[], maxGap: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const year of years) {
    const last = runs[runs.length - 1];
    if (last && year - last[1] <= maxGap) last[1] = Math.max(last[1], year + 1);
    else runs.push([year, year + 1]);
  }
  return runs;
}

/** Lays out the overview: proportional within each run of years, a fixed break between runs. */
export function layoutAxis(events: readonly AxisEvent[], options: AxisOptions = {}): AxisLayout {
  const { width = 1000, maxGapYears = 5, breakWidth = 40, pendingWidth = 80, minSpacing = 18 } = options;
  const dated = events.filter((e): e is AxisEvent & { date: string } => Boolean(e.date)).map((e) => ({ id: e.id, t: fractionalYear(e.date) }));
  const pending = events.filter((e) => !e.date);
  const runs = segments(
    [...new Set(dated.map((e) => Math.floor(e.t)))].sort((a, b) => a - b),
    maxGapYears,
  );
  const years = runs.reduce((sum, [from, to]) => sum + (to - from), 0);
  const usable = width - breakWidth * Math.max(0, runs.length - 1) - (pending.length > 0 ? pendingWidth : 0);
  const perYear = years > 0 ? usable / years : 0;
  const starts: number[] = [];
  runs.reduce((x, [from, to], index) => {
    starts.push(x);
    return x + (to - from) * perYear + (index < runs.length - 1 ? breakWidth : 0);
  }, 0);
  const place = (t: number) => {
    const index = runs.findIndex(([from, to]) => t >= from && t < to);
    return (starts[index] ?? 0) + (t - (runs[index]?.[0] ?? 0)) * perYear;
  };
  // A tick at the start of each year; the end of the last run closes the axis, ends before a break do not.
  const ticks = runs.flatMap(([from, to], index) =>
    Array.from({ length: to - from + (index === runs.length - 1 ? 1 : 0) }, (_, i) => ({ year: from + i, x: (starts[index] ?? 0) + i * perYear })),
  );
  const breaks = runs.slice(0, -1).map((run, index) => (starts[index] ?? 0) + (run[1] - run[0]) * perYear + breakWidth / 2);
  const pendingFrom = pending.length > 0 ? width - pendingWidth : undefined;
  const positioned = [
    ...dated.sort((a, b) => a.t - b.t).map((e) => ({ id: e.id, x: place(e.t) })),
    ...pending.map((e, i) => ({ id: e.id, x: (pendingFrom ?? width) + (pendingWidth * (i + 1)) / (pending.length + 1) })),
  ];
  const laneEnds: number[] = [];
  const placed = positioned.map(({ id, x }) => {
    let lane = laneEnds.findIndex((end) => x - end >= minSpacing);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    return { id, x, lane };
  });
  return { width, ticks, breaks, events: placed, pendingFrom, lanes: Math.max(1, laneEnds.length) };
}

/** The events by year, in date order, then the pending ones under `undefined`. */
export function groupByYear<T extends AxisEvent>(events: readonly T[]): Array<{ year?: number; events: T[] }> {
  const groups = new Map<number | undefined, T[]>();
  const sorted = [...events].sort((a, b) => (a.date && b.date ? fractionalYear(a.date) - fractionalYear(b.date) : a.date ? -1 : b.date ? 1 : 0));
  for (const event of sorted) {
    const year = event.date ? Number(event.date.slice(0, 4)) : undefined;
    groups.set(year, [...(groups.get(year) ?? []), event]);
  }
  return [...groups].map(([year, list]) => ({ year, events: list }));
}
