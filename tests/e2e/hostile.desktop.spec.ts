/**
 * Hostile-but-valid content in a real browser: compile tests/fixtures/hostile with compileContent,
 * put every rendered HTML string into pages three ways (a setContent document, innerHTML and
 * DOMParser on the served site), hover, focus and click everything, and check that no payload ran.
 *
 * Every payload in the fixture sets window.__pwned, logs "PWNED", calls alert('PWNED') or loads a
 * URL with "pwned" in it; the harness is first shown to catch a payload that does run.
 */
import { expect, test, type Page } from "@playwright/test";
import type { ClauseGraph } from "../../lib/schema/graph";
import { compileTree, HOSTILE, inertProblems, renderedHtml } from "../unit/hostile-html";

interface Fragment {
  where: string;
  html: string;
}

let fragments: Fragment[] = [];

test.beforeAll(() => {
  const { graph, problems } = compileTree(HOSTILE);
  expect(problems, "the hostile-but-valid fixture compiles").toEqual([]);
  fragments = renderedHtml(graph as ClauseGraph);
  expect(fragments.length).toBeGreaterThanOrEqual(10);
  // The fixture really carries payloads, escaped: otherwise this test would prove nothing.
  expect(fragments.map((f) => f.html).join("\n")).toMatch(/&#x3C;script>window\.__pwned=1/u);
});

/** Records every sign that a payload ran. */
function watch(page: Page) {
  const signs: string[] = [];
  page.on("dialog", (dialog) => {
    signs.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    if (/pwned/iu.test(message.text())) signs.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (/pwned|alert/iu.test(error.message)) signs.push(`pageerror: ${error.message}`);
  });
  page.on("request", (request) => {
    if (/pwned|evil\.example/iu.test(request.url())) signs.push(`request: ${request.url()}`);
  });
  return signs;
}

const escapeAttribute = (value: string) => value.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;");

function documentWith(items: Fragment[]): string {
  const sections = items.map((f) => `<section class="fragment" data-where="${escapeAttribute(f.where)}">${f.html}</section>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile fragments</title></head><body><main id="fragments">${sections}</main></body></html>`;
}

/**
 * Hovers, focuses and clicks every element under `root`. Clicks on http(s) and site links are kept
 * from navigating (a capturing listener cancels them); any other link (javascript:, data:) is
 * clicked for real. Returns what it did, for the counts.
 */
async function exercise(page: Page, root: string): Promise<{ elements: number; links: number; hovered: number }> {
  const elements = await page.evaluate((selector) => {
    const scope = document.querySelector(selector)!;
    document.addEventListener(
      "click",
      (event) => {
        const link = (event.target as Element).closest?.("a[href]");
        if (!link) return;
        const href = (link.getAttribute("href") ?? "").replace(/[\u0000-\u0020]/gu, "");
        const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(href)?.[1]?.toLowerCase();
        if (scheme === undefined || scheme === "http" || scheme === "https") event.preventDefault();
      },
      true,
    );
    const all = [...scope.querySelectorAll<HTMLElement>("*")];
    all.forEach((element, index) => {
      element.dataset.hostileIndex = String(index);
      for (const type of ["pointerover", "pointerenter", "mouseover", "mouseenter", "mousemove", "mousedown", "mouseup", "pointerdown", "pointerup"]) {
        element.dispatchEvent(new MouseEvent(type, { bubbles: type !== "mouseenter" && type !== "pointerenter" }));
      }
      element.tabIndex = element.tabIndex >= 0 ? element.tabIndex : -1;
      element.focus();
      element.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
      element.blur();
      for (const type of ["animationstart", "transitionend", "toggle", "load", "error"]) element.dispatchEvent(new Event(type));
    });
    return all.length;
  }, root);

  // Real mouse movement over every element that has a box.
  let hovered = 0;
  for (let index = 0; index < elements; index++) {
    const box = await page.locator(`${root} [data-hostile-index="${index}"]`).boundingBox();
    if (!box || box.width === 0 || box.height === 0) continue;
    await page.mouse.move(box.x + Math.min(box.width / 2, 5), box.y + box.height / 2);
    hovered++;
  }

  // Real clicks and keyboard focus on every link.
  const links = page.locator(`${root} a`);
  const count = await links.count();
  for (let index = 0; index < count; index++) {
    const link = links.nth(index);
    await link.scrollIntoViewIfNeeded();
    await link.focus();
    await link.click({ force: true, noWaitAfter: true });
  }
  return { elements, links: count, hovered };
}

/** What a payload would have left behind, and any active content in the DOM. */
async function residue(page: Page, root: string) {
  return page.evaluate((selector) => {
    const scope = document.querySelector(selector)!;
    const found: string[] = [];
    const flag = (window as unknown as { __pwned?: unknown }).__pwned;
    if (flag !== undefined) found.push(`window.__pwned = ${String(flag)}`);
    for (const element of scope.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/iu.test(attribute.name)) found.push(`<${element.localName}> has ${attribute.name}`);
        if (["href", "src", "action", "formaction", "srcdoc", "data"].includes(attribute.name)) {
          const value = attribute.value.replace(/[\u0000-\u0020]/gu, "").toLowerCase();
          if (/^(javascript|data|vbscript):/u.test(value)) found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
        }
      }
    }
    for (const element of scope.querySelectorAll("script, iframe, frame, object, embed, style, link, meta, base, svg, math, img, form")) {
      found.push(`<${element.localName}> element`);
    }
    return found;
  }, root);
}

test("the harness notices a payload that does run (self-check)", async ({ page }) => {
  const signs = watch(page);
  await page.setContent(
    documentWith([{ where: "control", html: `<p><img src="x" onerror="window.__pwned=1;console.log('PWNED')"><a href="javascript:alert('PWNED')">x</a></p>` }]),
  );
  await exercise(page, "#fragments");
  await expect.poll(() => signs.join("\n")).toMatch(/console: PWNED/u);
  await expect.poll(() => signs.join("\n"), "a javascript: link that is clicked runs").toMatch(/dialog: PWNED/u);
  expect(await residue(page, "#fragments")).toEqual(expect.arrayContaining(["window.__pwned = 1", "<img> has onerror"]));
});

test("compiled hostile fragments are inert in a page of their own (setContent)", async ({ page }) => {
  const signs = watch(page);
  for (const fragment of fragments) expect(inertProblems(fragment.html), fragment.where).toEqual([]);
  await page.setContent(documentWith(fragments));
  const done = await exercise(page, "#fragments");
  console.log(`hostile/setContent: ${fragments.length} fragments, ${done.elements} elements, ${done.hovered} hovered, ${done.links} links clicked`);
  expect(done.links).toBeGreaterThanOrEqual(10);
  expect(done.hovered).toBeGreaterThanOrEqual(20);
  await page.waitForTimeout(200); // let any delayed handler fire
  expect(signs, "signs that a payload ran").toEqual([]);
  expect(await residue(page, "#fragments"), "active content in the DOM").toEqual([]);
  expect(page.url()).toBe("about:blank");
  // The payload text is there, as text.
  await expect(page.locator("#fragments")).toContainText("<script>window.__pwned=1");
});

for (const method of ["innerHTML", "DOMParser"] as const) {
  test(`compiled hostile fragments are inert when injected with ${method} into the served site`, async ({ page }) => {
    const signs = watch(page);
    await page.goto("/articles/1");
    await expect(page.locator("[data-slot=theme-toggle]")).toBeVisible(); // hydrated
    const url = page.url();
    await page.evaluate(
      ({ items, how }) => {
        const host = document.createElement("div");
        host.id = "hostile-host";
        document.getElementById("main")!.prepend(host);
        for (const item of items) {
          const section = document.createElement("section");
          section.className = "prose fragment";
          section.dataset.where = item.where;
          if (how === "innerHTML") {
            section.innerHTML = item.html;
          } else {
            const parsed = new DOMParser().parseFromString(`<!doctype html><body>${item.html}`, "text/html");
            for (const node of [...parsed.body.childNodes]) section.append(document.adoptNode(node));
          }
          host.append(section);
        }
      },
      { items: fragments, how: method },
    );
    const done = await exercise(page, "#hostile-host");
    console.log(`hostile/${method}: ${fragments.length} fragments, ${done.elements} elements, ${done.hovered} hovered, ${done.links} links clicked`);
    expect(done.links).toBeGreaterThanOrEqual(10);
    await page.waitForTimeout(200);
    expect(signs, "signs that a payload ran").toEqual([]);
    expect(await residue(page, "#hostile-host"), "active content in the DOM").toEqual([]);
    expect(page.url(), "no click navigated away").toBe(url);
    // Term tooltips from the fixture show on hover with their markup as text.
    const term = page.locator('#hostile-host a.term-link[data-term="payload-phrase"]').first();
    await term.hover();
    await expect(page.locator(`#${await term.getAttribute("aria-describedby")}`).first()).toContainText("<img src=x onerror=");
  });
}
