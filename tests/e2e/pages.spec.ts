import { expect, request as playwrightRequest, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const context = await playwrightRequest.newContext({ baseURL });
const paths = await sitemapPaths(context);
await context.dispose();

test.describe('every page in the sitemap', () => {
  for (const path of paths) {
    test(`${path} renders with one h1, metadata and no console errors`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '');
      expect(canonical.pathname).toBe(path);
      await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });

    test(`${path} fits a 320 px wide screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('the sitemap lists the home page, every topic hub and the starter articles', async ({ request }) => {
  const listed = await sitemapPaths(request);
  for (const path of ['/', '/topics/specialties', '/what-imaging-technologists-do', '/radiography', '/sonography']) {
    expect(listed).toContain(path);
  }
  expect(listed).not.toContain('/framework-floor');
});

test('robots.txt points crawlers at the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
