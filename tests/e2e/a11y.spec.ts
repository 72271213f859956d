import { expect, request as playwrightRequest, test } from '@playwright/test';
import { violations } from './axe';
import { sitemapPaths } from './sitemap';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const context = await playwrightRequest.newContext({ baseURL });
const paths = await sitemapPaths(context);
await context.dispose();

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
