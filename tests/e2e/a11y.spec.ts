import AxeBuilder from '@axe-core/playwright';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const context = await playwrightRequest.newContext({ baseURL });
const paths = await sitemapPaths(context);
await context.dispose();

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path);
        expect(await violations(page)).toEqual([]);
      });
    }

    test('the page-not-found page has no violations', async ({ page }) => {
      await page.goto('/no-such-page');
      expect(await violations(page)).toEqual([]);
    });

    test('the open phone menu has no violations', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto('/');
      await page.getByText('Menu').click();
      expect(await violations(page)).toEqual([]);
    });
  });
}
