import { describe, expect, it } from "vitest";
import { fractionalYear, groupByYear, layoutAxis } from "./timeline-axis";

describe("fractionalYear", () => {
  it("places a day within its year, and a month or a year at the middle of its span", () => {
    expect(fractionalYear("2024-01-01")).toBe(2024);
    expect(fractionalYear("2024-12-24")).toBeCloseTo(2024 + 358 / 366, 6);
    expect(fractionalYear("2024-07")).toBeCloseTo(2024 + 6.5 / 12, 6);
    expect(fractionalYear("2019")).toBe(2019.5);
  });
});

describe("layoutAxis", () => {
  const events = [
    { id: "budapest", date: "2001-11-23" },
    { id: "committee", date: "2019-12-27" },
    { id: "adopted", date: "2024-12-24" },
    { id: "signing", date: "2025-10-25" },
    { id: "signing-2", date: "2025-10-26" },
  ];

  it("cuts a long empty stretch out as one break and keeps time proportional on each side", () => {
    const axis = layoutAxis(events, { width: 1000, breakWidth: 40 });
    expect(axis.breaks).toHaveLength(1);
    expect(axis.ticks.map((t) => t.year)).toEqual([2001, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const x = Object.fromEntries(axis.events.map((e) => [e.id, e.x]));
    const tick = Object.fromEntries(axis.ticks.map((t) => [t.year, t.x]));
    expect(tick[2026]).toBeCloseTo(1000, 6);
    // Equal spans of time are equal lengths on the axis.
    expect(tick[2021]! - tick[2020]!).toBeCloseTo(tick[2025]! - tick[2024]!, 6);
    expect(x.budapest!).toBeLessThan(axis.breaks[0]!);
    expect(x.committee!).toBeGreaterThan(axis.breaks[0]!);
    expect(x.adopted!).toBeGreaterThan(tick[2024]!);
    expect(x.adopted!).toBeLessThan(tick[2025]!);
  });

  it("puts events too close to read apart in separate lanes", () => {
    const axis = layoutAxis(events, { minSpacing: 18 });
    const lane = Object.fromEntries(axis.events.map((e) => [e.id, e.lane]));
    expect(lane.signing).toBe(0);
    expect(lane["signing-2"]).toBe(1);
    expect(axis.lanes).toBe(2);
  });

  it("puts undated (pending) events after the end of time, in a stretch of their own", () => {
    const axis = layoutAxis([...events, { id: "in-force" }], { width: 1000, pendingWidth: 80 });
    expect(axis.pendingFrom).toBe(920);
    const inForce = axis.events.find((e) => e.id === "in-force")!;
    expect(inForce.x).toBeGreaterThan(920);
    expect(Math.max(...axis.ticks.map((t) => t.x))).toBeCloseTo(920, 6);
  });

  it("copes with no dated events at all", () => {
    const axis = layoutAxis([{ id: "pending" }]);
    expect(axis.ticks).toEqual([]);
    expect(axis.events).toHaveLength(1);
  });
});

describe("groupByYear", () => {
  it("groups by year in date order and puts pending entries last", () => {
    const groups = groupByYear([{ id: "b", date: "2025-10" }, { id: "p" }, { id: "a", date: "2025-01-02" }, { id: "c", date: "2019" }]);
    expect(groups.map((g) => [g.year, g.events.map((e) => e.id)])).toEqual([
      [2019, ["c"]],
      [2025, ["a", "b"]],
      [undefined, ["p"]],
    ]);
  });
});
