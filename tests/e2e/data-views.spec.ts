import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { comparisonColumns, overviewColumns } from '../../lib/content/comparison-columns';
import { specialties, specialtyInfo } from '../../lib/content/taxonomy';
import { violations, violationsInBothSchemes } from './axe';

// The data files as checked in (the lib modules import JSON, which Playwright's loader cannot).
type Figures = {
  medianPay?: number;
  pay10?: number;
  pay90?: number;
  projectedChangePercent?: number;
  projectedChange?: number;
  outlook?: string;
};
const { occupations } = JSON.parse(readFileSync('content/data/occupations.json', 'utf8')) as {
  occupations: { id: string; name: string; figures: Figures }[];
};
const credentialsData = JSON.parse(readFileSync('content/data/credentials.json', 'utf8')) as {
  credentials: { id: string; name: string; pathway: string }[];
  postprimarySupport: { supporting: string; qualifiesFor: string[] }[];
};

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;
const signed = (n: number, unit = '') => `${n > 0 ? '+' : ''}${n.toLocaleString('en-US')}${unit}`;

async function rowsOf(page: Page, chart: string): Promise<Record<string, string[]>> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  await figure.getByText('View as table').click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  const rows: Record<string, string[]> = {};
  for (const row of await table.locator('tbody tr').all()) {
    const name = (await row.getByRole('rowheader').textContent()) ?? '';
    rows[name] = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
  }
  return rows;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test.describe('the specialty comparison', () => {
  test('at 1280 px, the compact table has every specialty with pay, school and radiation, and fits the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/compare');
    const table = page.getByRole('table', { name: /Imaging specialties compared/ });
    await expect(table).toBeVisible();
    const headers = (await table.getByRole('columnheader').allTextContents()).map((t) => t.trim());
    expect(headers).toEqual(['Specialty', ...overviewColumns.map((c) => c.label)]);
    const rowHeaders = (await table.getByRole('rowheader').allTextContents()).map((t) => t.trim());
    expect(rowHeaders).toHaveLength(specialties.length);
    specialties.forEach((id, i) => expect(rowHeaders[i]).toContain(specialtyInfo[id].name));
    for (const id of specialties) {
      const cells = table.locator(`tr[data-specialty="${id}"] td`);
      await expect(cells).toHaveCount(overviewColumns.length);
      for (const text of await cells.allTextContents()) expect(text.trim(), id).not.toBe('');
    }
    // Nothing cut off: the table is no wider than its scroll box, and nothing on the page scrolls sideways.
    const fits = await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth);
    expect(fits).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // One weight for every value: no bold text inside the cells.
    const boldInCells = await table
      .locator('td *')
      .evaluateAll((els) => els.filter((e) => Number(getComputedStyle(e).fontWeight) >= 600).length);
    expect(boldInCells).toBe(0);
  });

  test('writes each "Not published" reason once, as a numbered note the cells point to', async ({ page }) => {
    await page.goto('/compare');
    const cell = page.locator('[data-view="overview"] tr[data-specialty="ct"] td[data-column="medianPay"]');
    await expect(cell).toContainText('Not published');
    const marker = cell.locator('a[data-note]');
    const number = await marker.getAttribute('data-note');
    const notes = page.locator('[data-footnotes="overview"] li');
    await expect(page.locator(`#overview-note-${number}`)).toContainText('CT');
    // Each reason once, and every marker points to one of them.
    const reasons = await notes.allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons).size).toBe(reasons.length);
    const targets = await page
      .locator('[data-view="overview"] td a[data-note]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(targets).size).toBe(reasons.length);
    // The reason is not repeated in the cells.
    await expect(cell).not.toContainText('CT technologists');
    await marker.click();
    await expect(page).toHaveURL(new RegExp(`#overview-note-${number}$`));
  });

  test('on a 390 px phone, the first column stays put while the table scrolls, and the page is short', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/compare');
    const table = page.getByRole('table', { name: /Imaging specialties compared/ });
    const firstHeader = table.getByRole('rowheader').first();
    await expect(firstHeader).toHaveCSS('position', 'sticky');
    const before = (await firstHeader.boundingBox())!.x;
    const region = page.getByRole('region', { name: 'All specialties at a glance' });
    await region.evaluate((r) => (r.scrollLeft = r.scrollWidth));
    expect((await firstHeader.boundingBox())!.x).toBe(before);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`/compare at 390 px: ${height} px tall`);
    test.info().annotations.push({ type: 'height', description: String(height) });
    expect(height).toBeLessThan(6000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(page)).toEqual([]);
  });

  test('without JavaScript, the picker puts the picks in the address and shows them side by side', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/compare');
    await expect(page.locator('[data-view="side-by-side"]')).toHaveCount(0);
    const form = page.locator('form[data-picker]');
    await form.getByLabel(/Sonography/).check();
    await form.getByLabel(/Magnetic resonance imaging/).check();
    await form.getByRole('button', { name: 'Compare side by side' }).click();
    await expect(page).toHaveURL(/\/compare\?pick=sonography&pick=mri$/);
    const table = page.getByRole('table', { name: /Side by side/ });
    await expect(table.locator('thead th[data-specialty]')).toHaveText([
      new RegExp(specialtyInfo.sonography.name),
      new RegExp(specialtyInfo.mri.name.replace(/[()]/g, '\\$&')),
    ]);
    expect((await table.getByRole('rowheader').allTextContents()).map((t) => t.trim())).toEqual(
      comparisonColumns.map((c) => c.label),
    );
    // The choice is kept in the form, ready to change.
    await expect(form.getByLabel(/Sonography/)).toBeChecked();
    await context.close();
  });

  test('with JavaScript, picking three shows three columns, and a shared address opens the same view', async ({
    page,
  }) => {
    await page.goto('/compare');
    const form = page.locator('form[data-picker]');
    for (const name of [/Radiography/, /Computed tomography/, /Nuclear medicine/]) await form.getByLabel(name).check();
    await form.getByRole('button', { name: 'Compare side by side' }).click();
    await expect(page).toHaveURL(/\/compare\?pick=radiography&pick=ct&pick=nuclear-medicine$/);
    const cells = page.locator('[data-view="side-by-side"] tr[data-column="medianPay"] td');
    await expect(cells).toHaveCount(3);
    await expect(cells.nth(1)).toContainText('Not published');
    // CT's reason stands behind four cells (workplaces, pay, growth, openings) and is written once.
    const ctMarkers = page.locator('[data-view="side-by-side"] td[data-specialty="ct"] a[data-note]');
    expect(await ctMarkers.count()).toBeGreaterThan(1);
    expect(new Set(await ctMarkers.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).size).toBe(1);
    const allMarkers = await page
      .locator('[data-view="side-by-side"] td a[data-note]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await expect(page.locator('[data-footnotes="picked"] li')).toHaveCount(new Set(allMarkers).size);
    expect(new Set(allMarkers).size).toBeLessThan(allMarkers.length);
    const response = await page.goto('/compare?pick=mri&pick=radiography');
    expect(response!.status()).toBe(200);
    await expect(page.locator('[data-view="side-by-side"] thead th[data-specialty]')).toHaveText([
      /Magnetic resonance imaging/,
      /Radiography/,
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/compare$/);
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
  });

  test('a bad choice in the address gets a 400 page that says why, with the form again', async ({ page }) => {
    const cases: [string, RegExp][] = [
      ['pick=mri&pick=dentistry', /“dentistry” is not on our list of specialties/],
      ['pick=mri&pick=mri', /picked twice/],
      ['pick=mri&pick=ct&pick=radiography&pick=sonography', /Pick at most three specialties/],
      ['pick=mri', /Pick at least two specialties/],
      [`pick=${'%3Cscript%3E'.repeat(50)}&pick=ct`, /is not on our list/],
    ];
    for (const [query, message] of cases) {
      const response = await page.goto(`/compare?${query}`);
      expect(response!.status(), query).toBe(400);
      await expect(page.getByRole('heading', { level: 1 }), query).toHaveText('We cannot compare these picks');
      await expect(page.locator('[data-picks-error]'), query).toHaveText(message);
      await expect(page.locator('script')).toHaveCount(0);
    }
    // The form is there again, with the known pick still ticked, and leads back to the comparison.
    await expect(page.getByLabel(/Computed tomography/)).toBeChecked();
    await page.getByLabel(/Magnetic resonance imaging/).check();
    await page.getByRole('button', { name: 'Compare side by side' }).click();
    await expect(page).toHaveURL(/\/compare\?pick=ct&pick=mri$/);
    await expect(page.locator('[data-view="side-by-side"] thead th[data-specialty]')).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
  });

  test('prints on one landscape Letter page, as its own named page', async ({ page }) => {
    await page.goto('/compare');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('table', { name: /Imaging specialties compared/ })).toBeVisible();
    await expect(page.locator('form[data-picker]')).toBeHidden();
    const asked = await page.pdf({ format: 'Letter', landscape: true });
    // The page's own @page rule: landscape Letter (792 × 612 pt) without being asked.
    const own = await page.pdf({ preferCSSPageSize: true });
    const pages = [pdfPages(asked), pdfPages(own)];
    console.log(`/compare prints on ${pages.join(' / ')} page(s) (landscape asked / page's own size)`);
    expect(pages).toEqual([1, 1]);
    expect(own.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 792 612\s*\]/);
  });

  test('links each specialty to its article', async ({ page }) => {
    await page.goto('/compare');
    await page
      .getByRole('table', { name: /Imaging specialties compared/ })
      .getByRole('link', { name: 'Radiography' })
      .click();
    await expect(page).toHaveURL(/\/radiography$/);
  });
});

test.describe('the pay and outlook charts', () => {
  test('each chart is a named image with a summary, a source line and a table', async ({ page }) => {
    await page.goto('/pay-and-outlook');
    for (const name of ['Median pay by occupation', 'Projected job growth by occupation']) {
      const image = page.getByRole('img', { name });
      await expect(image).toBeVisible();
      await expect(image).toHaveAttribute('aria-describedby', /summary/);
    }
    await expect(page.locator('figure[data-chart]')).toHaveCount(2);
    await expect(page.locator('figure[data-chart] details table')).toHaveCount(2);
    await expect(page.locator('figure[data-chart="pay"]')).toContainText('Pay for May 2024');
    await expect(page.locator('figure[data-chart="growth"]')).toContainText('Projections for 2024–34');
  });

  test('the pay table holds the same figures as the data file', async ({ page }) => {
    await page.goto('/pay-and-outlook');
    const rows = await rowsOf(page, 'pay');
    const expected = occupations.filter((o) => o.figures.medianPay !== undefined);
    expect(Object.keys(rows).sort()).toEqual(expected.map((o) => o.name).sort());
    for (const o of expected) {
      const { medianPay, pay10, pay90 } = o.figures;
      expect(rows[o.name], o.id).toEqual([
        usd(medianPay!),
        pay10 === undefined ? 'Not in our data' : usd(pay10),
        pay90 === undefined ? 'Not in our data' : usd(pay90),
      ]);
    }
  });

  test('the growth table holds the same figures as the data file', async ({ page }) => {
    await page.goto('/pay-and-outlook');
    const rows = await rowsOf(page, 'growth');
    const expected = occupations.filter((o) => o.figures.projectedChangePercent !== undefined);
    expect(Object.keys(rows)).toHaveLength(expected.length);
    for (const o of expected) {
      const { projectedChangePercent, projectedChange, outlook } = o.figures;
      expect(rows[o.name], o.id).toEqual([
        signed(projectedChangePercent!, '%'),
        projectedChange === undefined ? 'Not in our data' : signed(projectedChange, ' jobs'),
        outlook === undefined ? 'Not in our data' : outlook.toLowerCase(),
      ]);
    }
  });

  test('the pay chart lists an occupation that starts from another level of school last, and says so', async ({
    page,
  }) => {
    await page.goto('/pay-and-outlook');
    const rows = Object.keys(await rowsOf(page, 'pay'));
    const dosimetrists = occupations.find((o) => o.id === 'medical-dosimetrists')!;
    expect(rows.at(-2)).toBe(dosimetrists.name);
    await expect(page.locator('[data-pay-order]')).toContainText(dosimetrists.name.toLowerCase());
    await expect(page.locator('[data-pay-order]')).toContainText("bachelor's degree");
  });

  test('the summary names the best-paid occupation from the data', async ({ page }) => {
    await page.goto('/pay-and-outlook');
    const top = occupations
      .filter((o) => o.figures.medianPay !== undefined && o.id !== 'all-occupations')
      .sort((a, b) => b.figures.medianPay! - a.figures.medianPay!)[0]!;
    await expect(page.locator('#pay-summary')).toContainText(
      new RegExp(`${top.name.replace(/[()]/g, '\\$&')} had the highest median pay`, 'i'),
    );
    await expect(page.locator('#pay-summary')).toContainText(usd(top.figures.medianPay!));
  });
});

test.describe('the printed charts page', () => {
  test.use({ viewport: { width: 800, height: 1100 } });

  test('shows the tables on paper and fits on three Letter pages', async ({ page }) => {
    await page.goto('/pay-and-outlook');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('figure[data-chart="pay"] table')).toBeVisible();
    await expect(page.locator('figure[data-chart="growth"] table')).toBeVisible();
    const pdf = await page.pdf({ format: 'Letter' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    test.info().annotations.push({ type: 'pages', description: String(pages) });
    console.log(`/pay-and-outlook prints on ${pages} Letter pages`);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(3);
  });
});

test.describe('the career ladder', () => {
  test('lists every postprimary credential in the data', async ({ page }) => {
    await page.goto('/career-ladder');
    const list = page.locator('[data-ladder-list]');
    const postprimary = credentialsData.credentials.filter((c) => c.pathway === 'postprimary');
    expect(postprimary.length).toBeGreaterThan(0);
    for (const c of postprimary) {
      await expect(list.locator(`[data-credential="${c.id}"]`).first()).toContainText(c.name);
    }
    for (const row of credentialsData.postprimarySupport) await expect(list).toContainText(row.supporting);
  });

  test('shows advanced and management credentials only from the data', async ({ page }) => {
    await page.goto('/career-ladder');
    const list = page.locator('[data-ladder-list]');
    const upper = credentialsData.credentials.filter((c) => c.pathway === 'advanced' || c.pathway === 'management');
    for (const c of upper) await expect(list.locator(`[data-credential="${c.id}"]`)).toContainText(c.name);
    const ids = await list
      .locator('[data-credential]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-credential')));
    const known = new Set(credentialsData.credentials.map((c) => c.id));
    for (const id of ids) expect(known.has(id ?? '')).toBe(true);
  });

  test('shows only the list on a phone and the diagram beside it on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/career-ladder');
    await expect(page.locator('[data-ladder-list]')).toBeVisible();
    await expect(page.locator('[data-ladder-diagram]')).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('[data-ladder-diagram]')).toBeVisible();
  });

  test('hides the diagram from screen readers because the list says the same', async ({ page }) => {
    await page.goto('/career-ladder');
    await expect(page.locator('[data-ladder-diagram]')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('[data-ladder-diagram] [data-box]')).toHaveCount(
      credentialsData.postprimarySupport.length +
        new Set(
          credentialsData.postprimarySupport.flatMap((r) =>
            r.qualifiesFor.filter((id) => credentialsData.credentials.find((c) => c.id === id)?.pathway !== 'advanced'),
          ),
        ).size +
        credentialsData.credentials.filter((c) => c.pathway === 'advanced' || c.pathway === 'management').length,
    );
  });
});

// One navigation per page: axe in the light scheme, then the dark one (the theme is CSS only).
for (const path of ['/compare', '/pay-and-outlook', '/career-ladder']) {
  test(`${path} has no axe violations in light or dark, with the chart tables open`, async ({ page }) => {
    await page.goto(path);
    for (const summary of await page.getByText('View as table').all()) await summary.click();
    expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
  });
}
