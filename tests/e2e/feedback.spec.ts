import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { violations } from './axe';
import { adminToken, e2ePort, freshDbPath, serverEnv, startServer } from './server-env';

const auth = { Authorization: `Basic ${Buffer.from(`editor:${adminToken}`).toString('base64')}` };

const axeViolations = (page: Page) => violations(page, '#feedback');

function widget(page: Page) {
  return page.getByRole('region', { name: 'Is this page helpful?' });
}

/** Yes and No are plain forms until React hydrates; the widget then marks itself ready. */
async function hydrated(page: Page) {
  await expect(page.locator('#feedback [data-ready]')).toHaveCount(1);
}

/** The CSV export's lines for one page: every vote stored for it. */
async function storedRows(request: APIRequestContext, path: string): Promise<string[]> {
  const csv = await (await request.get('/api/admin/feedback/export', { headers: auth })).text();
  return csv.split('\r\n').filter((line) => line.includes(`,"${path}",`));
}

/** The dashboard's cells for one page: views, votes, helpful share, No ÷ views, reasons. */
async function dashboardRow(request: APIRequestContext, path: string, origin = ''): Promise<string[]> {
  const html = await (await request.get(`${origin}/admin/feedback`, { headers: auth })).text();
  const row = html.match(new RegExp(`<a href="${path}"[^>]*>${path}</a></th>(.*?)</tr>`))?.[1] ?? '';
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!);
}

test.describe('with JavaScript', () => {
  test('a Yes vote is thanked, stays pressed, the thanks gets focus, and the page does not ask again', async ({
    page,
  }) => {
    await page.goto('/ct');
    await hydrated(page);
    expect(await axeViolations(page)).toEqual([]);
    const yes = widget(page).getByRole('button', { name: 'Yes, this page is helpful' });
    await yes.click();
    const thanks = widget(page).getByText('Thank you for your feedback.');
    await expect(thanks).toBeFocused();
    await expect(yes).toHaveAttribute('aria-pressed', 'true');
    await expect(widget(page).getByRole('button', { name: 'No, this page is not helpful' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(widget(page).getByText('You have already told us about this page.')).toBeVisible();
    await expect(widget(page).getByRole('button', { name: /Yes/ })).toHaveCount(0);
  });

  test('No is counted on tap and stays pressed; Skip keeps it, and the dashboard counts it', async ({
    page,
    request,
  }) => {
    await page.goto('/mri');
    await hydrated(page);
    const yes = widget(page).getByRole('button', { name: 'Yes, this page is helpful' });
    const no = widget(page).getByRole('button', { name: 'No, this page is not helpful' });
    await expect(no).toHaveAttribute('aria-pressed', 'false');
    await no.click();
    await expect(page.getByRole('checkbox', { name: 'The figures look wrong or out of date' })).toBeFocused();
    await expect(no).toHaveAttribute('aria-pressed', 'true');
    await expect(yes).toHaveAttribute('aria-pressed', 'false');
    await expect(widget(page).getByText('Your answer is counted.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Counted before any reason is given, with none.
    expect(await storedRows(request, '/mri')).toEqual([expect.stringMatching(/,"\/mri","no","","","new"$/)]);
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(widget(page).getByText('Thank you for your feedback.')).toBeFocused();
    await expect(no).toHaveAttribute('aria-pressed', 'true');
    expect(await axeViolations(page)).toEqual([]);
    // Votes, helpful share, (No ÷ views depends on the view beacon), reasons.
    expect((await dashboardRow(request, '/mri')).slice(1)).toEqual(['1', '0%', expect.any(String), '–']);
    expect(await storedRows(request, '/mri')).toHaveLength(1);
  });

  test('a No opens its reasons on the tap, before the server has stored the vote, and nothing moves when it has', async ({
    page,
    request,
  }) => {
    // The vote's request is held on its way to the (real) server until the reasons have been checked.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/feedback', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/cardiovascular-interventional');
    await hydrated(page);
    await widget(page).getByRole('button', { name: 'No, this page is not helpful' }).click();
    const first = page.getByRole('checkbox', { name: 'The figures look wrong or out of date' });
    await expect(first).toBeVisible();
    await expect(widget(page).getByText('Saving your answer.')).toBeVisible();
    await expect(widget(page).getByText('Your answer is counted.')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Skip' })).toBeDisabled();
    expect(await storedRows(request, '/cardiovascular-interventional')).toEqual([]);
    const pending = await widget(page).boundingBox();

    release();
    await expect(widget(page).getByText('Your answer is counted.')).toBeVisible();
    await expect(widget(page).getByText('Saving your answer.')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
    await expect(first).toBeFocused();
    expect(await widget(page).boundingBox(), 'the widget keeps its size and place').toEqual(pending);
    expect(await storedRows(request, '/cardiovascular-interventional')).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a No with a reason and a comment updates that one vote, shown to editors', async ({ page, request }) => {
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
    expect(await storedRows(request, '/state-licensing')).toHaveLength(1);
    expect((await dashboardRow(request, '/state-licensing')).slice(1)).toEqual([
      '1',
      '0%',
      expect.any(String),
      'My state is not covered: 1',
    ]);
  });

  test('a page view is counted once, when the reader leaves the page, and nothing is sent while it is read', async ({
    page,
    request,
  }) => {
    // A server and store of its own, so no other test's visit adds to the counts.
    const port = e2ePort + 9;
    const origin = `http://127.0.0.1:${port}`;
    const server = await startServer(port, serverEnv(freshDbPath('views')));
    try {
      const views = async (path: string) =>
        Number(((await dashboardRow(request, path, origin))[0] ?? '0').replace(/,/g, ''));
      const beacons: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/views') beacons.push(r.postData() ?? '');
      });
      await page.goto(`${origin}/radiography`);
      await hydrated(page);
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })));
      expect(beacons).toEqual([]);
      expect(await views('/radiography')).toBe(0);
      // Another page of the site, opened in place: the article's view is counted then.
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Specialties' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Specialties');
      await expect.poll(() => views('/radiography')).toBe(1);
      expect(beacons).toEqual(['/radiography']);
      // Leaving for a page outside the app (a full load, as when the tab closes): the hub's view is
      // counted by the page being left, whose requests the browser no longer reports to the test.
      await page.goto(`${origin}/framework-floor`);
      await expect.poll(() => views('/topics/specialties')).toBe(1);
      expect(await views('/radiography')).toBe(1);
    } finally {
      server.kill('SIGKILL');
    }
  });

  test('a keyboard-only reader can vote', async ({ page }) => {
    await page.goto('/mammography');
    await hydrated(page);
    await widget(page).getByRole('button', { name: 'Yes, this page is helpful' }).focus();
    await page.keyboard.press('Enter');
    await expect(widget(page).getByText('Thank you for your feedback.')).toBeFocused();
  });

  test('a vote from the 404 page is stored under /404', async ({ page, request }) => {
    await page.goto('/no-such-page-at-all');
    await hydrated(page);
    await widget(page).getByRole('button', { name: 'Yes, this page is helpful' }).click();
    await expect(widget(page).getByText('Thank you for your feedback.')).toBeFocused();
    expect(await storedRows(request, '/404')).toEqual([expect.stringContaining('"/404","yes"')]);
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

  test('No is counted on its confirmation; the follow-up form updates that vote', async ({ page, request }) => {
    await page.goto('/nuclear-medicine');
    await widget(page).getByRole('button', { name: 'No, this page is not helpful' }).click();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you: your answer is counted' })).toBeVisible();
    expect(await storedRows(request, '/nuclear-medicine')).toEqual([expect.stringContaining('"no","",""')]);
    await page.getByRole('checkbox', { name: 'A link is broken' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page).toHaveURL(/\/nuclear-medicine#feedback-thanks$/);
    await expect(page.getByText('Thank you for your feedback.')).toBeVisible();
    expect(await storedRows(request, '/nuclear-medicine')).toEqual([expect.stringContaining('"no","broken-link",""')]);
  });
});

test('the plain forms, the follow-up page and the thank-you pass axe', async ({ page }) => {
  // axe needs JavaScript in the page, so keep the page's own scripts from loading instead:
  // React never hydrates and the no-JavaScript markup stays in place.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/radiation-therapy');
  expect(await axeViolations(page)).toEqual([]);
  await widget(page).getByRole('button', { name: 'No, this page is not helpful' }).click();
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByRole('checkbox', { name: 'A link is broken' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/radiation-therapy#feedback-thanks');
  await expect(page.getByText('Thank you for your feedback.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the widget is on hubs, tools, state pages, site pages, search and the 404 page, keyed by path', async ({
  request,
}) => {
  const pages: [string, string][] = [
    ['/', '/'],
    ['/topics', '/topics'],
    ['/topics/safety', '/topics/safety'],
    ['/compare', '/compare'],
    ['/career-ladder', '/career-ladder'],
    ['/licensure-finder/nh', '/licensure-finder/nh'],
    ['/glossary', '/glossary'],
    ['/about', '/about'],
    ['/search?q=mri', '/search'],
    ['/no-such-page', '/404'],
  ];
  for (const [path, key] of pages) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('id="feedback-heading"');
    expect(html, path).toContain(`name="page" value="${key}"`);
  }
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
