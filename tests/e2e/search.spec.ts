import { expect, test } from '@playwright/test';
import { violations } from './axe';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('searching "ultrasound tech" from the header finds sonography', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search').first().getByRole('combobox', { name: 'Search the guide' });
    await box.fill('ultrasound tech');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=ultrasound\+tech/);
    const results = page.getByRole('main').getByRole('list').first();
    await expect(results.getByRole('link').first()).toHaveAttribute('href', /^\/sonography/);
    await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
  });
});

test('the search code and index load only when the box is focused', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/radiography');
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain('/search-index.json');
  await page.getByRole('combobox', { name: 'Search the guide' }).focus();
  await expect.poll(() => requested.includes('/search-index.json')).toBe(true);
});

test('results appear as you type and the keyboard picks one', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search the guide' });
  await box.focus();
  await box.pressSequentially('ultrasound tech');
  const list = page.getByRole('listbox', { name: 'Search suggestions' });
  await expect(list.getByRole('option').first()).toContainText('Sonography');
  await expect(page.getByRole('status').filter({ hasText: /results/ })).toHaveText(/\d+ results/);
  expect(await violations(page)).toEqual([]);
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /-0$/);
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveValue('ultrasound tech');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/sonography/);
});

test('results may be shared by a CDN for a minute, and a very long query is cut and answered', async ({ request }) => {
  const long = 'ultrasound '.repeat(500);
  const response = await request.get(`/search?q=${encodeURIComponent(long)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=300');
  expect(await response.text()).toContain(`results for “${long.slice(0, 100).trim()}”`);
});
