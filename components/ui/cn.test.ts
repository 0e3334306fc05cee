import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("joins strings, arrays and conditional objects, dropping falsy values", () => {
    expect(cn("a", ["b", false && "c"], { d: true, e: false }, undefined, null)).toBe("a b d");
  });

  it("lets a later utility of the same kind replace an earlier one", () => {
    expect(cn("px-2 py-1", "px-4")).toBe("py-1 px-4");
    expect(cn("bg-surface", "bg-canvas")).toBe("bg-canvas");
    expect(cn("max-w-measure", "max-w-none")).toBe("max-w-none");
  });

  it("keeps a theme colour and a font size together: text-ink-muted is a colour, text-sm a size", () => {
    expect(cn("text-sm text-ink-muted", "text-ink")).toBe("text-sm text-ink");
    expect(cn("text-ink", "text-lg")).toBe("text-ink text-lg");
  });

  it("treats each breakpoint as its own variant", () => {
    expect(cn("hidden wide:block", "md:flex")).toBe("hidden wide:block md:flex");
    expect(cn("wide:grid", "wide:hidden")).toBe("wide:hidden");
  });
});
