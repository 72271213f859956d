import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatDate } from '../../lib/site';
import { violationsInBothSchemes } from './axe';

// The data file itself (Playwright's loader cannot import JSON), so the pages are checked against it.
type Source = { id: string; shortName: string; title: string; url: string };
const data = JSON.parse(readFileSync('content/data/licensure.json', 'utf8')) as {
  checked: string;
  sources: Source[];
  defaults: Record<string, { source: string; checked: string }>;
  rules: { state: string; modality: string; source: string; checked: string }[];
  states: { code: string; name: string; agency?: { name: string; url?: string } }[];
  modalities: string[];
};
const sourceOf = (id: string) => data.sources.find((s) => s.id === id)!;

async function lookUp(page: Page, state: string, specialty?: string) {
  await page.goto('/licensure-finder');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: state });
  if (specialty) await page.getByRole('combobox', { name: /^Specialty/ }).selectOption({ label: specialty });
  await page.getByRole('button', { name: 'Show the rules' }).click();
}

test.describe('the licensure finder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a state with its own finding shows the status, the source and the checked date', async ({ page }) => {
    const finding = data.rules.find((r) => r.state === 'NH' && r.modality === 'radiography')!;
    const source = sourceOf(finding.source);
    await lookUp(page, 'New Hampshire');
    await expect(page).toHaveURL(/\/licensure-finder\/nh$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imaging licenses in New Hampshire');
    const section = page.getByRole('region', { name: 'Radiography (X-ray)' });
    await expect(section).toContainText(
      'License required New Hampshire requires radiographers to hold a state license.',
    );
    await expect(section.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    await expect(section.locator('dt', { hasText: 'Checked' }).locator('+ dd')).toHaveText(formatDate(finding.checked));
    await expect(section.getByRole('heading', { name: 'Whom to ask' })).toHaveCount(0);
  });

  test('a state with only the general picture says so in its table row and links to its own office', async ({
    page,
  }) => {
    expect(data.rules.filter((r) => r.state === 'AL')).toEqual([]);
    const source = sourceOf(data.defaults.mri!.source);
    const agency = data.states.find((s) => s.code === 'AL')!.agency!;
    await lookUp(page, 'Alabama', 'MRI');
    // No section of its own to land on, so the finder lands on the specialty's row in the table.
    await expect(page).toHaveURL(/\/licensure-finder\/al#mri$/);
    await expect(page.locator('tr:target')).toHaveAttribute('data-modality', 'mri');
    await expect(page.getByText('We could not confirm any rules just for Alabama.')).toBeVisible();
    const row = page.getByRole('row', { name: /^MRI/ });
    await expect(row).toContainText('Not confirmed');
    await expect(row).toContainText('No finding just for Alabama');
    // Its name is the short name, a colon and the full title, with no stray space before the colon.
    await expect(row.getByRole('link', { name: `${source.shortName}: ${source.title}`, exact: true })).toHaveAttribute(
      'href',
      source.url,
    );
    await expect(row.locator('time')).toHaveText(formatDate(data.defaults.mri!.checked));
    await expect(page.getByRole('region', { name: 'MRI', exact: true })).toHaveCount(0);
    const ask = page.getByRole('region', { name: 'Whom to ask' });
    await expect(ask.getByRole('link', { name: agency.name })).toHaveAttribute('href', agency.url!);
  });

  test('a state whose office has no address of its own names it and points to the national map', async ({ page }) => {
    // Wyoming's board is named in the data, but we found no page of its own to link to.
    const agency = data.states.find((s) => s.code === 'WY')!.agency!;
    expect(agency.url).toBeUndefined();
    await page.goto('/licensure-finder/wy');
    const ask = page.getByRole('region', { name: 'Whom to ask' });
    await expect(ask).toContainText(`${agency.name}: the state office to ask in Wyoming`);
    await expect(ask.getByRole('link', { name: agency.name })).toHaveCount(0);
    await expect(ask.getByRole('link', { name: /licensure page/ })).toHaveAttribute(
      'href',
      sourceOf('asrt-licensure').url,
    );
  });

  test('choosing a specialty lands on that section and highlights it', async ({ page }) => {
    await lookUp(page, 'New Mexico', 'MRI');
    await expect(page).toHaveURL(/\/licensure-finder\/nm#mri$/);
    await expect(page.locator('section:target')).toHaveAttribute('id', 'mri');
    await expect(page.locator('#mri')).toHaveCSS('outline-style', 'solid');
    await expect(page.locator('#sonography')).not.toHaveCSS('outline-style', 'solid');
    await expect(page.getByRole('region', { name: 'MRI' })).toBeInViewport();
  });

  test('every state is one plain link away, with no form at all', async ({ page }) => {
    await page.goto('/licensure-finder');
    const list = page.getByRole('region', { name: 'Every state' }).getByRole('listitem');
    await expect(list).toHaveCount(51);
    await page.getByRole('link', { name: 'District of Columbia' }).click();
    await expect(page).toHaveURL(/\/licensure-finder\/dc$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imaging licenses in District of Columbia');
  });
});

test('the lookup answers with 303 to the state page and its section', async ({ request }) => {
  const response = await request.get('/licensure-finder/go?state=OR&specialty=sonography', { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/licensure-finder/or#sonography');
});

test('an unknown state code gets a readable 400 page that links back to the finder', async ({ page }) => {
  const response = await page.goto('/licensure-finder/go?state=zz');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not look up that state');
  await expect(page.getByText('“zz” is not a US state code.')).toBeVisible();
  await page.getByRole('link', { name: 'Go back to the licensure finder' }).click();
  await expect(page).toHaveURL(/\/licensure-finder$/);
});

test('a missing state gets a 400 asking for one, not a server error', async ({ request }) => {
  const response = await request.get('/licensure-finder/go');
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain('Choose a state from the list.');
});

test('an unknown state page is not found', async ({ request }) => {
  expect((await request.get('/licensure-finder/zz')).status()).toBe(404);
});

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a state page opens with a status table, one row per specialty, and one "Whom to ask" box', async ({ page }) => {
    await page.goto('/licensure-finder/tx');
    const table = page.getByRole('table', { name: 'Status by specialty in Texas' });
    await expect(table.locator('tbody tr')).toHaveCount(data.modalities.length);
    // The table comes before every other part of the page's content.
    const tableTop = (await table.boundingBox())!.y;
    for (const region of await page.locator('main section').all()) {
      expect((await region.boundingBox())!.y).toBeGreaterThan(tableTop);
    }
    await expect(page.getByRole('heading', { name: 'Whom to ask' })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Whom to ask' }).getByRole('link').first()).toHaveAttribute(
      'href',
      data.states.find((s) => s.code === 'TX')!.agency!.url!,
    );
    // Nuclear medicine and radiation therapy share one Texas finding, so they share one section,
    // and the table's link for the second lands on (and highlights) it too.
    const shared = page.getByRole('region', { name: 'Nuclear medicine and Radiation therapy' });
    await expect(page.getByRole('region', { name: 'Radiation therapy', exact: true })).toHaveCount(0);
    await table.getByRole('link', { name: 'Radiation therapy' }).click();
    await expect(page).toHaveURL(/#radiation-therapy$/);
    await expect(shared).toHaveCSS('outline-style', 'solid');
    await expect(shared).toBeInViewport();
  });

  test('every state link and form control on the finder is at least 44 px each way', async ({ page }) => {
    await page.goto('/licensure-finder');
    const targets = page.locator('main a[href^="/licensure-finder/"], main select, main button[type="submit"]');
    const boxes = await targets.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent?.trim().slice(0, 20), width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(data.states.length);
    expect(boxes.filter((b) => b.width < 44 || b.height < 44)).toEqual([]);
  });
});

// One navigation per page: axe in the light scheme, then the dark one (the theme is CSS only).
const clean = { light: [], dark: [] };

test('the finder has no axe violations in light or dark', async ({ page }) => {
  await page.goto('/licensure-finder');
  expect(await violationsInBothSchemes(page)).toEqual(clean);
});

test('a state page with a highlighted section has no axe violations in light or dark', async ({ page }) => {
  await page.goto('/licensure-finder/nh#sonography');
  await expect(page.locator('section:target')).toHaveAttribute('id', 'sonography');
  expect(await violationsInBothSchemes(page)).toEqual(clean);
});

test('the 400 page has no axe violations in light or dark', async ({ page }) => {
  await page.goto('/licensure-finder/go?state=zz');
  expect(await violationsInBothSchemes(page)).toEqual(clean);
});

// The article's state tables: a long one folds behind a control a thumb can hit, a short one stays
// open, every one prints open. Without JavaScript, since the fold is plain HTML.
test.describe('the state licensing article without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('folds each long state table behind "Show the table", opens it on a tap and prints every row', async ({
    page,
  }) => {
    await page.goto('/state-licensing');
    const confirmed = (modality: string) => data.rules.filter((r) => r.modality === modality);
    // More than 12 rows folds: foldAfterRows in components/mdx/licensure-table.tsx.
    const long = data.modalities.filter((m) => confirmed(m).length > 12);
    const short = data.modalities.filter((m) => confirmed(m).length <= 12);
    expect(long.length, 'long tables').toBeGreaterThan(0);
    expect(short.length, 'short tables').toBeGreaterThan(0);
    await expect(page.locator('[data-state-table]')).toHaveCount(long.length);
    for (const modality of long) {
      const fold = page.locator(`details[data-state-table="${modality}"]`);
      const rows = fold.locator('tbody tr');
      const codes = confirmed(modality).map((r) => r.state);
      const states = codes.filter((c) => c !== 'DC').length;
      const summary = fold.locator('summary');
      await expect(summary).toHaveAccessibleName(
        `Show the table: ${states} states${codes.includes('DC') ? ' and DC' : ''} we could confirm`,
      );
      const box = (await summary.boundingBox())!;
      expect(box.height, `${modality}: summary height`).toBeGreaterThanOrEqual(44);
      await expect(rows.first()).toBeHidden();
      await summary.click();
      await expect(rows.last()).toBeVisible();
      // One row per confirmed state, and one for all the others.
      await expect(rows).toHaveCount(codes.length + 1);
      await summary.click();
      await expect(rows.first()).toBeHidden();
    }
    // Short state tables are open, outside any fold.
    await expect(page.locator('table:not(details table)', { hasText: 'State rules for' })).toHaveCount(short.length);
    await page.emulateMedia({ media: 'print' });
    for (const modality of long) {
      await expect(page.locator(`details[data-state-table="${modality}"] tbody tr`).last()).toBeVisible();
      await expect(page.locator(`details[data-state-table="${modality}"] summary`)).toBeHidden();
    }
  });
});
