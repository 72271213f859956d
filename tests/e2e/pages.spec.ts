import {
  type ConsoleMessage,
  type Page,
  type Request,
  expect,
  devices,
  request as playwrightRequest,
  test as base,
} from '@playwright/test';
import { violationsInBothSchemes } from './axe';
import { sitemapPaths } from './sitemap';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const context = await playwrightRequest.newContext({ baseURL });
const paths = await sitemapPaths(context);
await context.dispose();

/**
 * One browser page per worker, reused by every sitemap test it runs: a new context and page for
 * each test cost about 0.65 s of the 2-core CI machine's time, 127 times. The checks only read the
 * pages, each test starts with the default viewport and the light scheme, and a failed test ends
 * its worker, so the next test gets a new page.
 */
const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

// One navigation per page does every per-page check: the checks only read the page, and the
// colour scheme and the viewport are pure CSS here, so switching them needs no reload. Any error
// in the console fails a page, Content Security Policy refusals included (security.spec.ts checks
// the policy's headers).
test.describe('every page in the sitemap', () => {
  for (const path of paths) {
    test(`${path} renders one h1 and its metadata without console errors or requests to another origin, passes axe (its colour rules again in the dark scheme), sets its text in two weights and fits a 320 px screen`, async ({
      sharedPage: page,
      viewport,
    }) => {
      if (viewport) await page.setViewportSize(viewport);
      const errors: string[] = [];
      const onConsole = (m: ConsoleMessage) => m.type() === 'error' && errors.push(m.text());
      const onPageError = (e: Error) => errors.push(e.message);
      const foreign: string[] = [];
      const onRequest = (r: Request) => {
        const url = new URL(r.url());
        if (url.origin !== baseURL && url.protocol !== 'data:') foreign.push(url.href);
      };
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      page.on('request', onRequest);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);

      await expect.soft(page.locator('h1')).toHaveCount(1);
      await expect.soft(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '');
      expect.soft(canonical.pathname, 'canonical path').toBe(path);
      await expect.soft(page.locator('meta[property="og:title"]')).toHaveCount(1);

      expect.soft(await violationsInBothSchemes(page), 'axe violations').toEqual({ light: [], dark: [] });

      // Text comes in two weights: each other weight is one more face to look up for every size it
      // is used at (issue 13; budget.spec.ts counts the lookups on five page types).
      const weights = await page.evaluate(() => {
        const found = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (node.textContent?.trim() && parent?.getClientRects().length)
            found.add(getComputedStyle(parent).fontWeight);
        }
        return [...found];
      });
      expect
        .soft(
          weights.filter((w) => w !== '400' && w !== '700'),
          'font weights other than 400 and 700',
        )
        .toEqual([]);
      expect.soft(weights, 'font weights').toContain('400');

      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, 'sideways overflow at 320 px').toBeLessThanOrEqual(0);

      // Read last, after the page has hydrated and run its effects while the checks above ran.
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
      expect.soft(errors, 'console errors').toEqual([]);
      expect.soft(foreign, 'requests to another origin').toEqual([]);
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
