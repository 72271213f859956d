import { expect, test, type Page } from '@playwright/test';
import { violations } from './axe';
import { adminToken } from './server-env';

const auth = { Authorization: `Basic ${Buffer.from(`editor:${adminToken}`).toString('base64')}` };

const axeViolations = (page: Page) => violations(page, '#feedback');

function widget(page: Page) {
  return page.getByRole('region', { name: 'Is this page helpful?' });
}

/** Until React hydrates, the plain forms are showing; the enhanced No button carries aria-expanded. */
async function hydrated(page: Page) {
  await expect(page.locator('#feedback button[aria-expanded]')).toHaveCount(1);
}

test.describe('with JavaScript', () => {
  test('a Yes vote is thanked, the thanks gets focus, and the page does not ask again', async ({ page }) => {
    await page.goto('/ct');
    await hydrated(page);
    expect(await axeViolations(page)).toEqual([]);
    await widget(page).getByRole('button', { name: 'Yes, this page is helpful' }).click();
    const thanks = widget(page).getByText('Thank you for your feedback.');
    await expect(thanks).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(widget(page).getByText('You have already told us about this page.')).toBeVisible();
    await expect(widget(page).getByRole('button', { name: /Yes/ })).toHaveCount(0);
  });

  test('No opens the reasons, moves focus in, and Cancel returns focus to No', async ({ page }) => {
    await page.goto('/mri');
    await hydrated(page);
    const no = widget(page).getByRole('button', { name: 'No, this page is not helpful' });
    await expect(no).toHaveAttribute('aria-expanded', 'false');
    await no.click();
    await expect(no).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('checkbox', { name: 'The figures look wrong or out of date' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(no).toBeFocused();
    await expect(no).toHaveAttribute('aria-expanded', 'false');
  });

  test('a No vote with a reason and a comment is stored and shown to editors', async ({ page, request }) => {
    const comment = `Please add Ohio <b>now</b> ${Date.now()}`;
    await page.goto('/state-licensing');
    await hydrated(page);
    await widget(page).getByRole('button', { name: 'No, this page is not helpful' }).click();
    await page.getByRole('checkbox', { name: 'My state is not covered' }).check();
    await page.getByRole('textbox', { name: /Anything else/ }).fill(comment);
    await expect(page.getByText(`${comment.length} of 1,000 characters`)).toBeVisible();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(widget(page).getByText('Thank you for your feedback.')).toBeFocused();

    const dashboard = await request.get('/admin/feedback', { headers: auth });
    expect(dashboard.status()).toBe(200);
    const html = await dashboard.text();
    expect(html).toContain('Please add Ohio &lt;b&gt;now&lt;/b&gt;');
    expect(html).not.toContain('<b>now</b>');
    const csv = await (await request.get('/api/admin/feedback/export?topic=licensure', { headers: auth })).text();
    expect(csv).toContain('"/state-licensing","no","state-not-covered"');
  });

  test('a keyboard-only reader can vote', async ({ page }) => {
    await page.goto('/mammography');
    await hydrated(page);
    await widget(page).getByRole('button', { name: 'Yes, this page is helpful' }).focus();
    await page.keyboard.press('Enter');
    await expect(widget(page).getByText('Thank you for your feedback.')).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Yes posts the form and comes back to a visible thank-you', async ({ page }) => {
    await page.goto('/bone-densitometry');
    await widget(page).getByRole('button', { name: 'Yes, this page is helpful' }).click();
    // The server times the plain form from a confirmation it signs (the page itself is static).
    await expect(page.getByRole('heading', { name: 'Send your feedback' })).toBeVisible();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page).toHaveURL(/\/bone-densitometry#feedback-thanks$/);
    await expect(page.getByText('Thank you for your feedback.')).toBeVisible();
  });

  test('No opens the reasons form, which posts and comes back thanked', async ({ page }) => {
    await page.goto('/nuclear-medicine');
    await widget(page).getByText('No', { exact: false }).first().click();
    await page.getByRole('checkbox', { name: 'A link is broken' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page).toHaveURL(/\/nuclear-medicine#feedback-thanks$/);
    await expect(page.getByText('Thank you for your feedback.')).toBeVisible();
  });
});

test('the plain forms, open and thanked, pass axe', async ({ page }) => {
  // axe needs JavaScript in the page, so keep the page's own scripts from loading instead:
  // React never hydrates and the no-JavaScript markup stays in place.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/radiation-therapy');
  await widget(page).getByText('No', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'A link is broken' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/radiation-therapy#feedback-thanks');
  await expect(page.getByText('Thank you for your feedback.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the editors’ dashboard', () => {
  test('asks for credentials when none are sent', async ({ request }) => {
    const response = await request.get('/admin/feedback');
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toContain('Basic');
  });

  test('rejects a wrong token', async ({ request }) => {
    const wrong = { Authorization: `Bearer not-the-token-${Date.now()}` };
    expect((await request.get('/admin/feedback', { headers: wrong })).status()).toBe(401);
  });

  test('is never cached or indexed', async ({ request }) => {
    const response = await request.get('/admin/feedback', { headers: auth });
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(response.headers()['x-robots-tag']).toContain('noindex');
  });

  test('is not in the sitemap', async ({ request }) => {
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/admin');
  });
});

test('the API rejects a vote from another site with 403', async ({ request }) => {
  const response = await request.post('/api/feedback', {
    headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
    data: { page: '/radiography', helpful: 'yes' },
  });
  expect(response.status()).toBe(403);
});
