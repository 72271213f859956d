import { expect, test, type Locator, type Page } from '@playwright/test';
import { violationsInBothSchemes } from './axe';

// Issue 15 §3: a long article on a phone. One navigation per test, several checks each.
const phone = { width: 390, height: 844 };
const article = '/is-imaging-right-for-me';
const section = 'Safety is a daily habit';

async function size(locator: Locator) {
  const box = await locator.boundingBox();
  return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
}

async function expectTapTarget(locator: Locator) {
  const { width, height } = await size(locator);
  expect(width, 'tap target width').toBeGreaterThanOrEqual(44);
  expect(height, 'tap target height').toBeGreaterThanOrEqual(44);
}

type Shift = { value: number; recentInput: boolean; fromBar: boolean };

/** Every layout shift since the page began loading, and whether the "On this page" bar moved in it. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        };
        const fromBar = shift.sources.some((s) => {
          const node = s.node;
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          return element?.closest('[data-toc-bar]') != null;
        });
        w.__shifts.push({ value: shift.value, recentInput: shift.hadRecentInput, fromBar });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

test.describe('an article on a phone', () => {
  test.use({ viewport: phone });

  test('keeps a slim "On this page" bar in view that names the section, covers no focus and moves nothing', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const shifts = await recordShifts(page);
    await page.goto(article);
    const bar = page.locator('[data-toc-bar]');
    const summary = bar.locator('summary');
    await expect(summary).toHaveText(/^On this page/);
    await expectTapTarget(summary);
    // Hydrated: the print and copy buttons are there.
    const tools = [
      page.getByRole('button', { name: 'Print this page', exact: true }),
      page.getByRole('button', { name: 'Copy link', exact: true }),
    ];
    for (const tool of tools) await expectTapTarget(tool);

    // Reading further down: the bar stays at the top and names the section being read.
    const heading = page.getByRole('heading', { name: section, exact: true });
    await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100));
    await expect(bar).toBeInViewport();
    await expect(summary).toContainText(`· ${section}`);
    const barBox = await bar.boundingBox();
    expect(barBox?.y).toBe(0);
    expect(barBox?.height).toBeLessThanOrEqual(60);
    const barBottom = (barBox?.y ?? 0) + (barBox?.height ?? 0);

    // A link that sits under the bar: Shift+Tab onto it from the control after it, and it scrolls out from under.
    const target = page.getByRole('link', { name: 'ALARA', exact: true });
    const before = await target.evaluate((el: HTMLElement) => {
      const focusable = [...document.querySelectorAll<HTMLElement>('main a[href], main button, main summary')].filter(
        (e) => e.offsetParent !== null,
      );
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 10);
      focusable[focusable.indexOf(el) + 1]?.focus({ preventScroll: true });
      return el.getBoundingClientRect().top;
    });
    expect(before).toBeLessThan(barBottom);
    await page.keyboard.press('Shift+Tab');
    await expect(target).toBeFocused();
    expect((await target.boundingBox())?.y).toBeGreaterThanOrEqual(barBottom);

    // The bar opens the contents; choosing a section closes them and lands the heading below the bar.
    await summary.click();
    const list = bar.getByRole('link', { name: 'Hours and shifts' });
    await expect(list).toBeVisible();
    await list.click();
    await expect(list).toBeHidden();
    const landed = page.getByRole('heading', { name: 'Hours and shifts', exact: true });
    await expect(landed).toBeInViewport();
    expect((await landed.boundingBox())?.y).toBeGreaterThanOrEqual(barBottom);
    await expect(summary).toContainText('· Hours and shifts');

    // One share control per heading, 44 px: it copies the heading's address.
    await expect(page.getByRole('link', { name: `Link to section: ${section}` })).toBeHidden();
    const share = page.getByRole('button', { name: `Copy link to section: ${section}` });
    await expectTapTarget(share);
    await share.click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${article}#safety-is-a-daily-habit`,
    );

    // A tap on a glossary term opens its definition here, with a way on to the glossary and a way to close.
    const term = page.locator('main a[href="/glossary#technologist"]').first();
    await term.click();
    expect(new URL(page.url()).pathname).toBe(article);
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator('[data-glossary-term][data-open] .glossary-tip');
    await expect(panel.getByRole('tooltip')).toBeVisible();
    await expect(panel).toBeInViewport({ ratio: 1 });
    const more = panel.getByRole('link', { name: 'More in the glossary' });
    await expect(more).toHaveAttribute('href', '/glossary#technologist');
    await expectTapTarget(more);
    const close = panel.getByRole('button', { name: 'Close' });
    await expectTapTarget(close);
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await close.click();
    await expect(page.locator(`#${await term.getAttribute('aria-describedby')}`)).toBeHidden();
    await expect(term).toBeFocused();
    await expect(term).toHaveAttribute('aria-expanded', 'false');

    // The feedback box comes before "Cite this page", which starts collapsed and opens on tap.
    const feedback = page.getByRole('region', { name: 'Is this page helpful?' });
    const cite = page.getByRole('region', { name: 'Cite this page' });
    expect(
      await feedback.evaluate(
        (f, c) => Boolean(c && f.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING),
        await cite.elementHandle(),
      ),
    ).toBe(true);
    const apa = cite.getByText('Imaging Careers. Retrieved').first();
    await expect(apa).toBeHidden();
    await cite.getByText('Cite this page').click();
    await expect(apa).toBeVisible();

    // The reasons after "No" are rows at least 44 px tall.
    await feedback.getByRole('button', { name: 'No, this page is not helpful' }).click();
    const reasons = feedback.getByRole('checkbox');
    await expect(reasons.first()).toBeVisible();
    for (const reason of await reasons.all()) await expectTapTarget(reason.locator('xpath=ancestor::label'));

    // Nothing moved on its own: no layout shift at all without input, and none ever from the bar.
    const recorded = await shifts();
    expect(recorded.filter((s) => s.fromBar)).toEqual([]);
    expect(recorded.filter((s) => !s.recentInput).reduce((sum, s) => sum + s.value, 0)).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ viewport: phone, javaScriptEnabled: false });

  test('each heading keeps a plain link to itself, the citations open on tap and print in full', async ({ page }) => {
    await page.goto(article);
    const link = page.getByRole('link', { name: `Link to section: ${section}` });
    await expect(link).toHaveAttribute('href', '#safety-is-a-daily-habit');
    await expectTapTarget(link);
    await expect(page.getByRole('button', { name: `Copy link to section: ${section}` })).toBeHidden();
    const cite = page.getByRole('region', { name: 'Cite this page' });
    const apa = cite.getByText('Imaging Careers. Retrieved').first();
    await expect(apa).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(apa).toBeVisible();
    await expect(page.locator('[data-toc-bar]')).toBeHidden();
  });
});

test('the glossary has an A–Z bar and highlights the term a link points to; search shows one box', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/glossary#technologist');
  const entry = page.locator('#technologist').locator('..');
  const other = page.locator('#transducer').locator('..');
  await expect(entry).toBeInViewport();
  const background = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(entry)).not.toBe(await background(other));
  const letters = page.getByRole('navigation', { name: 'Glossary, A to Z' }).getByRole('link');
  expect(await letters.count()).toBeGreaterThan(10);
  for (const letter of await letters.all()) await expectTapTarget(letter);
  await letters.filter({ hasText: /^T$/ }).click();
  await expect(page).toHaveURL(/#letter-t$/);
  await expect(page.getByRole('heading', { name: 'T', exact: true })).toBeInViewport();
  // No letter without a term: every jump lands on a heading.
  for (const href of await letters.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    await expect(page.locator(href)).toHaveCount(1);
  }

  await page.goto('/search?q=ultrasound');
  await expect(page.getByRole('search').filter({ visible: true })).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toHaveValue('ultrasound');
});
