import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { comparisonColumns } from '../../lib/content/comparison-columns';
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

test.describe('the specialty comparison', () => {
  test('on a wide screen, the table has every specialty and every column, and the cards are hidden', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('/compare');
    const table = page.getByRole('table', { name: /Imaging specialties compared/ });
    await expect(table).toBeVisible();
    await expect(page.locator('[data-view="stacked"]')).toBeHidden();
    const headers = (await table.getByRole('columnheader').allTextContents()).map((t) => t.trim());
    expect(headers).toEqual(['Specialty', ...comparisonColumns.map((c) => c.label)]);
    const rowHeaders = (await table.getByRole('rowheader').allTextContents()).map((t) => t.trim());
    expect(rowHeaders).toHaveLength(specialties.length);
    specialties.forEach((id, i) => expect(rowHeaders[i]).toContain(specialtyInfo[id].name));
    for (const id of specialties) {
      const cells = table.locator(`tr[data-specialty="${id}"] td`);
      await expect(cells).toHaveCount(comparisonColumns.length);
      for (const text of await cells.allTextContents()) expect(text.trim(), id).not.toBe('');
    }
  });

  test('says "Not published" for CT pay instead of leaving the cell empty', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('/compare');
    const cell = page.locator('tr[data-specialty="ct"] td[data-column="medianPay"]');
    await expect(cell).toContainText('Not published');
    await expect(cell).toContainText('CT');
  });

  test('on a 375 px phone, the stacked cards show, the table does not, and axe finds no violations', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/compare');
    await expect(page.getByRole('table', { name: /Imaging specialties compared/ })).toBeHidden();
    const cards = page.locator('[data-view="stacked"] > li');
    await expect(cards).toHaveCount(specialties.length);
    await expect(cards.first()).toBeVisible();
    for (const id of specialties) {
      const card = page.locator(`[data-view="stacked"] > li[data-specialty="${id}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toContainText(specialtyInfo[id].name);
      const terms = (await card.locator('dt').allTextContents()).map((t) => t.trim());
      expect(terms).toEqual(comparisonColumns.map((c) => c.label));
    }
    expect(await violations(page)).toEqual([]);
  });

  test('links each specialty to its article', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('/compare');
    await page.getByRole('table').getByRole('link', { name: 'Radiography' }).click();
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
