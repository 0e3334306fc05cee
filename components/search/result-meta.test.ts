import { describe, expect, it } from "vitest";
import { resultMeta } from "./highlighted";

describe("resultMeta", () => {
  it("shows what a provision's digest rests on beside its pinpoint", () => {
    expect(resultMeta({ kind: "provision", pin: "28(4)", basis: "recalled" })).toBe("Provision · 28(4) · Recalled, unchecked");
    expect(resultMeta({ kind: "provision", pin: "2(h)", basis: "authentic-text" })).toBe("Provision · 2(h) · Checked against an authentic text");
  });

  it("leaves other kinds of result as they were", () => {
    expect(resultMeta({ kind: "term", pin: "2(h)" })).toBe("Term · defined in 2(h)");
    expect(resultMeta({ kind: "commentary", pin: "treaty" })).toBe("Commentary · on the whole treaty");
  });
});
