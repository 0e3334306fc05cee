import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./parse";
import { plainText, renderHtml } from "./render";

const paragraph = (...children: unknown[]): Root => ({ type: "root", children: [{ type: "paragraph", children }] }) as Root;

describe("renderHtml", () => {
  it("renders Markdown to HTML", () => {
    expect(renderHtml(parseMarkdown("Some *emphasis* and **strong** text.\n\n- one\n- two"))).toBe(
      "<p>Some <em>emphasis</em> and <strong>strong</strong> text.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
    );
  });

  it("drops an html node holding a script", () => {
    const tree = {
      type: "root",
      children: [
        { type: "html", value: "<script>alert(1)</script>" },
        { type: "paragraph", children: [{ type: "text", value: "after" }] },
      ],
    } as Root;
    const html = renderHtml(tree);
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toContain("alert");
    expect(html).toBe("<p>after</p>");
  });

  it("drops inline html such as an event handler", () => {
    const html = renderHtml(paragraph({ type: "text", value: "a " }, { type: "html", value: '<img src=x onerror="alert(1)">' }, { type: "text", value: " b" }));
    expect(html).toBe("<p>a  b</p>");
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "mailto:a@b.org"])(
    "renders a link to %s without its href",
    (url) => {
      const html = renderHtml(paragraph({ type: "link", url, children: [{ type: "text", value: "click" }] }));
      expect(html).toBe("<p><a>click</a></p>");
    },
  );

  it("keeps relative and http(s) hrefs", () => {
    const html = renderHtml(parseMarkdown("[a](/articles/2) [b](#p1) [c](https://example.org/x) [d](http://example.org)"));
    expect(html).toBe('<p><a href="/articles/2">a</a> <a href="#p1">b</a> <a href="https://example.org/x">c</a> <a href="http://example.org">d</a></p>');
  });

  it("keeps our classes, data attributes and ids, and drops anything else", () => {
    const html = renderHtml(
      paragraph(
        {
          type: "link",
          url: "/articles/2",
          children: [{ type: "text", value: "article 2" }],
          data: { hProperties: { className: ["ref", "evil"], dataRef: "2", onClick: "alert(1)", style: "color:red", dataOther: "x" } },
        },
        {
          type: "termRef",
          data: { hName: "span", hProperties: { className: ["term", "mine"], onMouseOver: "alert(1)" } },
          children: [
            {
              type: "link",
              url: "/terms/data",
              children: [{ type: "text", value: "data" }],
              data: { hProperties: { className: ["term-link"], ariaDescribedBy: "t2-1", dataTerm: "data" } },
            },
            {
              type: "termTip",
              data: { hName: "span", hProperties: { className: ["term-tip"], role: "tooltip", id: "t2-1" }, hChildren: [{ type: "text", value: "Tip." }] },
            },
          ],
        },
      ),
    );
    expect(html).toBe(
      '<p><a href="/articles/2" class="ref" data-ref="2">article 2</a>' +
        '<span class="term"><a href="/terms/data" class="term-link" aria-describedby="t2-1" data-term="data">data</a><span class="term-tip" role="tooltip" id="t2-1">Tip.</span></span></p>',
    );
  });

  it("does not let a custom node smuggle in a script element", () => {
    const html = renderHtml(paragraph({ type: "x", data: { hName: "script", hChildren: [{ type: "text", value: "alert(1)" }] } }));
    expect(html).not.toMatch(/<script/iu);
  });

  it("escapes text", () => {
    expect(renderHtml(paragraph({ type: "text", value: "1 < 2 & <b>" }))).toBe("<p>1 &#x3C; 2 &#x26; &#x3C;b></p>");
  });
});

describe("plainText", () => {
  it("joins the text, folds white space and leaves out HTML", () => {
    const tree = parseMarkdown("# Title\n\nSome  *text*\nover lines.\n\n<div>hidden</div>");
    expect(plainText(tree)).toBe("Title Some text over lines.");
  });
});

describe("plainText", () => {
  it("separates paragraphs and list items with a space", () => {
    expect(plainText(parseMarkdown("First para.\n\nSecond para.\n\n- one\n- two"))).toBe("First para. Second para. one two");
  });
});
