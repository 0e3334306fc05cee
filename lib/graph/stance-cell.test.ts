import { describe, expect, it } from "vitest";
import { stanceCell } from "./stance-cell";

const none = { concern: 0, support: 0, mixed: 0, context: 0 };

describe("stanceCell", () => {
  it("lists the stances present in the fixed order, with letters and words", () => {
    const cell = stanceCell({ ...none, support: 1, concern: 2 });
    expect(cell.parts).toEqual([
      { stance: "concern", count: 2 },
      { stance: "support", count: 1 },
    ]);
    expect(cell.letters).toBe("2C 1S");
    expect(cell.words).toBe("2 concern, 1 support");
    expect(cell.total).toBe(3);
  });

  it("writes context as X, so it is not read as concern", () => {
    expect(stanceCell({ ...none, context: 1, mixed: 1 }).letters).toBe("1M 1X");
  });

  it("names the stance with the most annotations as the main one, the first in order on a tie", () => {
    expect(stanceCell({ ...none, support: 3, concern: 1 }).main).toBe("support");
    expect(stanceCell({ ...none, mixed: 2, support: 2 }).main).toBe("support");
  });

  it("is empty for an empty cell", () => {
    expect(stanceCell(none)).toMatchObject({ total: 0, parts: [], letters: "", words: "" });
  });
});
