import { describe, expect, it } from "vitest";
import { cspHashSource, inlineScriptTexts, withCspMeta } from "./inline-scripts";

// Expected hashes computed independently: printf '<text>' | openssl dgst -sha256 -binary | base64
const ALERT_1 = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const A_NEWLINE_B = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='";
const E_ACUTE = "'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='";

const page = (head: string, body = "") => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const listPolicy = (hashes: readonly string[]) => `script-src ${hashes.join(" ")}`;

describe("cspHashSource", () => {
  it("is the base64 SHA-256 of the UTF-8 text, quoted as a CSP source", () => {
    expect(cspHashSource("alert(1)")).toBe(ALERT_1);
    expect(cspHashSource("é")).toBe(E_ACUTE);
  });
});

describe("inlineScriptTexts", () => {
  it("lists inline scripts a browser would run, in order, and nothing else", () => {
    const html = page(
      `<meta charset="utf-8"><script>first()</script><script src="/x.js"></script><script type="application/json">{"data":1}</script>`,
      `<script type="module">second()</script><script type="text/javascript; charset=utf-8">third()</script><script></script><template><script>inert()</script></template>`,
    );
    expect(inlineScriptTexts(html)).toEqual(["first()", "second()", "third()"]);
  });

  it("reads script text as the HTML tokenizer does: no entity decoding, line breaks normalised", () => {
    expect(inlineScriptTexts(page("", "<script>a &amp;&lt; b</script>"))).toEqual(["a &amp;&lt; b"]);
    const [crlf] = inlineScriptTexts(page("", "<script>a\r\nb</script>"));
    expect(cspHashSource(crlf!)).toBe(A_NEWLINE_B);
  });

  it("ends a script at the first </script, as browsers do", () => {
    expect(inlineScriptTexts(page("", `<script>var s = "</SCRIPT >"; alert(1)</script>`))).toEqual(['var s = "']);
  });
});

describe("withCspMeta", () => {
  it("puts the policy right after <meta charset>, before every script, listing each inline script's hash", () => {
    const html = page(`<meta charSet="utf-8"/><script src="/a.js" async=""></script><script>alert(1)</script>`, "<p>x</p><script>é</script>");
    const { html: out, hashes } = withCspMeta(html, listPolicy);
    expect(hashes).toEqual([ALERT_1, E_ACUTE]);
    expect(out).toBe(html.replace(`<meta charSet="utf-8"/>`, `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src ${ALERT_1} ${E_ACUTE}"/>`));
  });

  it("puts the policy right after <head> when the head does not open with a charset", () => {
    const { html } = withCspMeta(page("<title>t</title><script>alert(1)</script>"), listPolicy);
    expect(html).toContain(`<head><meta http-equiv="Content-Security-Policy" content="script-src ${ALERT_1}"/><title>t</title>`);
  });

  it("replaces the policy of an earlier run instead of adding a second one", () => {
    const once = withCspMeta(page(`<meta charset="utf-8"><script>alert(1)</script>`), listPolicy).html;
    const twice = withCspMeta(once, listPolicy).html;
    expect(twice).toBe(once);
    expect(twice.match(/Content-Security-Policy/gu)).toHaveLength(1);
  });

  it("lists a hash once when two scripts have the same text", () => {
    expect(withCspMeta(page("", "<script>alert(1)</script><script>alert(1)</script>"), listPolicy).hashes).toEqual([ALERT_1]);
  });

  it("escapes the policy for the attribute", () => {
    expect(withCspMeta(page(""), () => `a "b" & c`).html).toContain(`content="a &quot;b&quot; &amp; c"`);
  });

  it("refuses a page without a <head> tag, where a script could come before any policy", () => {
    expect(() => withCspMeta("<!DOCTYPE html><p>no head</p><script>alert(1)</script>", listPolicy)).toThrow(/no <head>/u);
    expect(() => withCspMeta("<!DOCTYPE html><html><script>alert(1)</script><head></head></html>", listPolicy)).toThrow(/no <head>/u);
  });
});
