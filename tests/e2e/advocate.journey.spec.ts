import { expect, test } from "@playwright/test";

test.describe("an advocate links to and cites article 28(4)", () => {
  test("the pinpoint page has its own title, preview tags and a way into the article", async ({ page }) => {
    await page.goto("/articles/28/4");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Article 28(4)");
    await expect(page).toHaveTitle(/Article 28\(4\)/);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute("content");
    const ogDescription = await page.locator('meta[property="og:description"]').getAttribute("content");
    expect(ogTitle).toContain("28(4)");
    expect(ogDescription?.length ?? 0).toBeGreaterThan(40);
    // 28(4) is recalled, not checked: the page must say so.
    await expect(page.locator("#p4 [data-slot=basis][data-basis=recalled]")).toBeVisible();
    await page.getByRole("link", { name: "Read it in its place in the article" }).click();
    await expect(page).toHaveURL(/\/articles\/28#p4$/);
    await expect(page.locator("#p4")).toBeInViewport();
  });

  test("arriving at #p4 highlights paragraph 4, and copy link and cite give the right text", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/articles/28#p4");
    const paragraph = page.locator("#p4");
    // The paragraph's text (not its margin of commentary) is highlighted.
    const highlighted = await paragraph.locator("[data-slot=paragraph-body]").evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator("#p1 [data-slot=paragraph-body]").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe(plain);

    await paragraph.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/28#p4`);

    await paragraph.locator("summary", { hasText: "Cite" }).click();
    await expect(paragraph.locator("[data-slot=citation]")).toContainText("UN Convention against Cybercrime, art. 28(4)");
    await paragraph.getByRole("button", { name: "Copy citation" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`UN Convention against Cybercrime, art. 28(4), ${baseURL}/articles/28#p4`);
  });

  test("a verified High paragraph such as 2(h) is marked as checked against an authentic text", async ({ page }) => {
    await page.goto("/articles/2/h");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2(h)");
    await expect(page.locator("#h")).toContainText(/four years/i);
    await expect(page.locator("#h [data-slot=basis]")).toHaveAttribute("data-basis", "authentic-text");
    await expect(page.locator("#h [data-slot=basis][data-basis=recalled]")).toHaveCount(0);
  });
});

test.describe("an advocate shares a stakeholder's view with the lens", () => {
  test("?lens= shows only that stakeholder's annotations beside the paragraphs, and the link reproduces the view", async ({ page }) => {
    await page.goto("/articles/40?lens=technology-industry");
    const lens = page.locator("[data-slot=lens]");
    await expect(lens.getByRole("checkbox", { name: /Technology industry/i })).toBeChecked();
    const visibleCards = page.locator("[data-lens-slot]:not([hidden]) [data-slot=annotation]:visible");
    await expect(visibleCards.first()).toBeVisible();
    // Everyone else's commentary is out of view while the lens is on: every card on screen is theirs.
    const groups = await page.locator("[data-slot=annotation]:visible").evaluateAll((cards) => cards.map((card) => card.getAttribute("data-group")));
    expect(new Set(groups)).toEqual(new Set(["technology-industry"]));
    await expect(page.locator("[data-lens-slot][hidden]").first()).toBeAttached();

    // Adding a second stakeholder updates the URL; reloading it reproduces the view.
    await lens.getByRole("checkbox", { name: /Human-rights organisations/i }).check();
    await expect(page).toHaveURL(/lens=technology-industry%2Chuman-rights-organisations|lens=technology-industry,human-rights-organisations/);
    await page.reload();
    await expect(lens.getByRole("checkbox", { name: /Human-rights organisations/i })).toBeChecked();
    const groupsAfter = await visibleCards.evaluateAll((cards) => new Set(cards.map((card) => card.getAttribute("data-group"))).size);
    expect(groupsAfter).toBeGreaterThanOrEqual(1);

    await lens.getByRole("button", { name: "Clear lens" }).click();
    await expect(page).not.toHaveURL(/lens=/);
    await expect(page.locator("[data-lens-slot][hidden]")).toHaveCount(0);
  });
});
