import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { violations } from './axe';

const glossary = (
  JSON.parse(readFileSync('content/data/glossary.json', 'utf8')) as {
    terms: { id: string; term: string; definition: string }[];
  }
).terms;

const wide = { width: 1280, height: 800 };

async function layoutShiftDuring(page: Page, action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
  await action();
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

test.describe('on a wide screen', () => {
  test.use({ viewport: wide });

  test('the table of contents stays in view and marks the section being read without moving anything', async ({
    page,
  }) => {
    await page.goto('/sonography');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const link = toc.getByRole('link', { name: 'Where sonographers work' });
    const before = await link.boundingBox();
    const shift = await layoutShiftDuring(page, async () => {
      await page.getByRole('heading', { name: 'Where sonographers work' }).scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 200);
      await expect(link).toHaveAttribute('aria-current', 'location');
    });
    expect(shift).toBe(0);
    await expect(toc).toBeInViewport();
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    const after = await link.boundingBox();
    expect([after?.width, after?.height]).toEqual([before?.width, before?.height]);
  });

  test('a table of contents link lands on its heading', async ({ page }) => {
    await page.goto('/mri');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const first = toc.getByRole('link').nth(2);
    const name = (await first.textContent()) ?? '';
    await first.click();
    const heading = page.getByRole('heading', { name, exact: true });
    await expect(heading).toBeInViewport();
    expect(new URL(page.url()).hash).toBe(`#${await heading.getAttribute('id')}`);
  });

  test('a heading’s one share control appears on keyboard focus, in place of its plain link', async ({ page }) => {
    await page.goto('/sonography');
    const share = page.getByRole('button', { name: 'Copy link to section: Areas of sonography' });
    const tools = share.locator('..');
    await expect(tools).toHaveCSS('opacity', '0');
    await expect(page.getByRole('link', { name: 'Link to section: Areas of sonography' })).toBeHidden();
    await share.focus();
    await expect(tools).toHaveCSS('opacity', '1');
    await page.keyboard.press('Shift+Tab');
    await expect(share).not.toBeFocused();
    await expect(tools).toHaveCSS('opacity', '0');
  });

  test('the copy button copies the full address of the heading and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/sonography');
    await page.getByRole('button', { name: 'Copy link to section: Areas of sonography' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/sonography#areas-of-sonography`);
    expect(await violations(page)).toEqual([]);
  });

  test('previous, next and related articles link within the guide', async ({ page }) => {
    await page.goto('/ct');
    const pager = page.getByRole('navigation', { name: 'Specialties: previous and next' });
    await expect(pager.getByRole('link', { name: /Previous in Specialties/ })).toHaveAttribute('rel', 'prev');
    const next = pager.getByRole('link', { name: /Next in Specialties/ });
    const href = (await next.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/[a-z-]+$/);
    expect(href).not.toBe('/ct');
    await next.click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('navigation', { name: 'Specialties: previous and next' })).toContainText('Previous in');
    const related = page.getByRole('navigation', { name: 'Related reading' }).getByRole('link');
    expect(await related.count()).toBeGreaterThanOrEqual(2);
    expect(await related.count()).toBeLessThanOrEqual(4);
  });
});

test.describe('glossary terms', () => {
  const technologist = glossary.find((t) => t.id === 'technologist')!;

  test('show their definition on keyboard focus, and Escape hides it', async ({ page }) => {
    await page.setViewportSize(wide);
    await page.goto('/is-imaging-right-for-me');
    const term = page.locator('main a[href="/glossary#technologist"]').first();
    await expect(term).toHaveAccessibleDescription(`${technologist.term}: ${technologist.definition}`);
    const tip = page.getByRole('tooltip').filter({ hasText: technologist.definition });
    await expect(tip).toBeHidden();
    await term.focus();
    await expect(tip).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('show their definition on hover, inside the screen of a phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/is-imaging-right-for-me');
    const term = page.locator('main a[href="/glossary#technologist"]').first();
    await term.hover();
    const tip = page.getByRole('tooltip').filter({ hasText: technologist.definition });
    await expect(tip).toBeInViewport({ ratio: 1 });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('go to the glossary entry', async ({ page }) => {
      await page.goto('/is-imaging-right-for-me');
      await page.locator('main a[href="/glossary#technologist"]').first().click();
      await expect(page).toHaveURL(/\/glossary#technologist$/);
      await expect(page.locator('#technologist')).toBeInViewport();
    });
  });
});

test('the open table of contents on a phone has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/radiography');
  await page.getByRole('navigation', { name: 'On this page' }).getByText('On this page').click();
  expect(await violations(page)).toEqual([]);
});

test('headings’ share controls and the table of contents are left off the printed page', async ({ page }) => {
  await page.goto('/sonography');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link to section: Areas of sonography' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Areas of sonography' })).toBeVisible();
});

test.describe('share and cite', () => {
  const placeholder = '(the date you read this page)';

  test('with JavaScript, print, copy-link and citation buttons appear, copy, and the access date is today', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/mri');
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe('/mri');
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await cite.getByText('Cite this page').click(); // collapsed until tapped
    await expect(cite).not.toContainText(placeholder);
    const year = String(new Date().getFullYear());
    await expect(cite).toContainText(`Retrieved `);
    await cite.getByRole('button', { name: 'Copy MLA citation' }).click();
    await expect(cite.getByRole('status').filter({ hasText: 'Copied.' })).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`Accessed \\d{1,2} [A-Z][a-z]+\\.? ${year}\\.$`));
    expect(await violations(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the citations are plain text and the buttons that need JavaScript are hidden', async ({ page }) => {
      await page.goto('/mri');
      await expect(page.getByRole('region', { name: 'Cite this page' })).toContainText(`Retrieved ${placeholder}`);
      await expect(page.getByRole('button', { name: /Print this page|Copy link|Share|citation/ })).toHaveCount(0);
    });
  });
});
