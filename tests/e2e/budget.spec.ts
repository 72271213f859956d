import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// Budgets in bytes, independent of machine speed. The floor is Next.js's own JavaScript,
// measured on /framework-floor (no client components of ours) in the same build.
const articleJsOverFloor = 10 * 1024;
// All our client components on an article page (feedback widget, print/copy/share tools, citation
// copy buttons) must fit within the 6 KB the feedback widget alone is allowed.
const ourClientComponentsBudget = 6 * 1024;
const cssBudget = 15 * 1024;

async function assetBytes(page: Page, path: string) {
  const assets: { url: string; type: string }[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') assets.push({ url: r.url(), type });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  let js = 0;
  let css = 0;
  for (const asset of assets) {
    const body = await (await page.request.get(asset.url)).body();
    const size = gzipSync(body, { level: 9 }).length;
    if (asset.type === 'script') js += size;
    else css += size;
  }
  return { js, css, scripts: assets.filter((a) => a.type === 'script').length };
}

test('an article page stays within the JavaScript and CSS budgets', async ({ page, browser }) => {
  const floor = await assetBytes(await browser.newPage(), '/framework-floor');
  const article = await assetBytes(page, '/radiography');
  const figures = {
    floorJsGzip: floor.js,
    floorScripts: floor.scripts,
    articleJsGzip: article.js,
    articleScripts: article.scripts,
    articleJsOverFloor: article.js - floor.js,
    articleCssGzip: article.css,
  };
  console.log(`Byte budget: ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'bytes', description: JSON.stringify(figures) });
  expect(floor.js).toBeGreaterThan(0);
  expect(article.js - floor.js).toBeLessThanOrEqual(articleJsOverFloor);
  expect(article.js - floor.js).toBeLessThanOrEqual(ourClientComponentsBudget);
  expect(article.css).toBeGreaterThan(0);
  expect(article.css).toBeLessThanOrEqual(cssBudget);
});
