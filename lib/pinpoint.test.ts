import { href, pinpointFromPathSegments } from "./graph/hrefs";
import { describe, expect, it } from "vitest";
import { citePinpoint, formatPinpoint, normalizePinpoint, parentPinpoint, parsePinpoint, pinpointAnchor, pinpointDepth } from "./pinpoint";

describe("pinpoint anchors and paths", () => {
  const table: Array<[string, string | undefined, string]> = [
    ["28", undefined, "/articles/28"],
    ["28(4)", "p4", "/articles/28/4"],
    ["40(21)(b)", "p21-b", "/articles/40/21/b"],
    ["11(1)(a)(ii)", "p1-a-ii", "/articles/11/1/a/ii"],
    ["2(h)", "h", "/articles/2/h"],
    ["13(c)", "c", "/articles/13/c"],
    ["2(e)(i)", "e-i", "/articles/2/e/i"],
    ["2(i)", "i", "/articles/2/i"],
    ["14(4)(a)", "p4-a", "/articles/14/4/a"],
    ["65(1)", "p1", "/articles/65/1"],
  ];
  it.each(table)("%s → anchor %s, page %s", (text, anchor, path) => {
    const pin = parsePinpoint(text);
    expect(pin).toBeDefined();
    expect(pinpointAnchor(pin!)).toBe(anchor);
    expect(href.pinpointPage(pin!)).toBe(path);
    expect(formatPinpoint(pin!)).toBe(text);
  });

  it("links to the article page with the anchor", () => {
    expect(href.pinpoint(parsePinpoint("28(4)")!)).toBe("/articles/28#p4");
    expect(href.pinpoint(parsePinpoint("2(h)")!)).toBe("/articles/2#h");
    expect(href.pinpoint(parsePinpoint("28")!)).toBe("/articles/28");
  });
});

describe("parsePinpoint", () => {
  it("reads position, not shape: 2(i) is a letter, 2(e)(i) a roman numeral", () => {
    expect(parsePinpoint("2(i)")).toEqual({ article: 2, letter: "i" });
    expect(parsePinpoint("2(e)(i)")).toEqual({ article: 2, letter: "e", roman: "i" });
  });
  it("accepts spaces and capitals and normalises them", () => {
    expect(normalizePinpoint("28 (4)")).toBe("28(4)");
    expect(normalizePinpoint("2(H)")).toBe("2(h)");
    expect(normalizePinpoint(" 11 (1) (a) (ii) ")).toBe("11(1)(a)(ii)");
  });
  it.each(["", "art", "28(", "28()", "(4)", "0", "28(0)", "28(a)(b)", "28(4)(a)(q)", "28(4)(iiii)", "28(4)(ii)", "2(h)(vx)", "28.4", "-1"])(
    "rejects %j",
    (text) => {
      expect(parsePinpoint(text)).toBeUndefined();
    },
  );
});

describe("hierarchy", () => {
  it("walks up one level at a time", () => {
    const chain: string[] = [];
    let pin = parsePinpoint("11(1)(a)(ii)");
    while (pin) {
      chain.push(formatPinpoint(pin));
      pin = parentPinpoint(pin);
    }
    expect(chain).toEqual(["11(1)(a)(ii)", "11(1)(a)", "11(1)", "11"]);
  });
  it("counts depth below the article", () => {
    expect(pinpointDepth(parsePinpoint("28")!)).toBe(0);
    expect(pinpointDepth(parsePinpoint("2(h)")!)).toBe(1);
    expect(pinpointDepth(parsePinpoint("11(1)(a)(ii)")!)).toBe(3);
  });
});

describe("pinpointFromPathSegments", () => {
  it("reverses pinpointPath", () => {
    for (const text of ["28", "28(4)", "40(21)(b)", "11(1)(a)(ii)", "2(h)", "2(e)(ii)"]) {
      const pin = parsePinpoint(text)!;
      const segments = href.pinpointPage(pin).split("/").slice(3);
      expect(formatPinpoint(pinpointFromPathSegments(pin.article, segments)!)).toBe(text);
    }
  });
  it("rejects nonsense segments", () => {
    expect(pinpointFromPathSegments(28, ["x1"])).toBeUndefined();
    expect(pinpointFromPathSegments(28, ["4", "zz"])).toBeUndefined();
  });
});

it("cites in the form readers paste", () => {
  expect(citePinpoint(parsePinpoint("28(4)")!, "UN Convention against Cybercrime")).toBe("UN Convention against Cybercrime, art. 28(4)");
});
