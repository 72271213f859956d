import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 700 } });

  test('a phone reader opens the menu, picks a topic and reaches an article', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('navigation', { name: 'Topics' }).filter({ visible: true });
    await expect(menu).toHaveCount(0);
    await page.getByText('Menu').click();
    await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Specialties' }).click();
    await expect(page).toHaveURL(/\/topics\/specialties$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Specialties');
    await page
      .getByRole('link', { name: /Radiography/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Radiography/);
  });

  test('the table of contents opens on a phone and jumps to its heading', async ({ page }) => {
    await page.goto('/sonography');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'Areas of sonography' })).toBeHidden();
    await toc.getByText('On this page').click();
    await toc.getByRole('link', { name: 'Areas of sonography' }).click();
    await expect(page).toHaveURL(/#areas-of-sonography$/);
    await expect(page.getByRole('heading', { name: 'Areas of sonography' })).toBeInViewport();
  });
});

test('the wide-screen header lists every topic', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Topics' });
  await expect(nav.getByRole('link')).toHaveCount(8);
});

test('plain links in the static breadcrumbs, footer and header open pages in place, without a full reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('/radiography');
  // A full page load would forget this.
  await page.evaluate(() => ((window as unknown as { kept?: boolean }).kept = true));
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Specialties' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Specialties');
  await page.getByRole('contentinfo').getByRole('link', { name: 'About this guide' }).click();
  await expect(page).toHaveURL(/\/about$/);
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Specialties' }).click();
  await expect(page).toHaveURL(/\/topics\/specialties$/);
  expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(true);
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/radiography');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address answers 404 with links to every topic', async ({ page }) => {
  const response = await page.goto('/x-ray-school-near-me');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('main').getByRole('link', { name: 'Licensure' })).toBeVisible();
});

test('an unknown topic answers 404', async ({ request }) => {
  expect((await request.get('/topics/astrology')).status()).toBe(404);
});

test('an old address redirects permanently to its article', async ({ request }) => {
  const response = await request.get('/ultrasound-tech', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/sonography');
});

test('an article shows its key facts with the source and edition', async ({ page }) => {
  await page.goto('/radiography');
  const facts = page.locator('[data-key-facts="radiologic-technologists"]');
  await expect(facts.getByText('$77,660 a year')).toBeVisible();
  await expect(facts).toContainText('OOH 2024–34 edition');
  await expect(facts.getByRole('link', { name: /Bureau of Labor Statistics/ })).toHaveAttribute(
    'href',
    'https://www.bls.gov/ooh/healthcare/radiologic-technologists.htm',
  );
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(/^Last reviewed .* min read/)).toBeVisible();
});
