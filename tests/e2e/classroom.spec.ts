import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';
import { violations } from './axe';

// The data files themselves (Playwright's loader cannot import JSON), so the pages are checked against them.
const occupations = JSON.parse(readFileSync('content/data/occupations.json', 'utf8')) as {
  occupations: { id: string; source: { wagePeriod: string; edition: string }; figures: { medianPay?: number } }[];
};
const directories = JSON.parse(readFileSync('content/data/program-directories.json', 'utf8')) as {
  directories: { id: string; url: string; linkText: string; stateFilter: string | null }[];
};

async function decodeQr(png: Buffer): Promise<string | undefined> {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

async function printedPages(page: Page, format: 'Letter' | 'A4'): Promise<number> {
  const pdf = await page.pdf({ format });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Each printable sheet, the pages its QR codes must lead to, and the most sides of paper it may take. */
const sheets = [
  { path: '/for-counselors/classroom/worksheet', qr: ['/which-specialty', '/compare'], maxPages: 1 },
  { path: '/for-counselors/classroom/answer-key', qr: [], maxPages: 2 },
  { path: '/for-counselors/classroom/family-handout', qr: ['/compare'], maxPages: 1 },
];

test.describe('the classroom kit on paper', () => {
  // A sharper screenshot makes the small printed QR codes easy to decode.
  test.use({ viewport: { width: 800, height: 1100 }, deviceScaleFactor: 2 });

  test('each sheet prints alone, with a date line, working QR codes and within its page budget', async ({ page }) => {
    const counts: Record<string, string> = {};
    const over: string[] = [];
    for (const sheet of sheets) {
      await page.goto(sheet.path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(page.getByRole('button', { name: /^Print/ })).toBeHidden();
      const dateLine = page.locator('[data-date-line]');
      await expect(dateLine).toBeVisible();
      await expect(dateLine).toContainText(/Reviewed [A-Z][a-z]+ \d{1,2}, \d{4}\./);

      const codes = page.getByRole('img', { name: /QR code for/ });
      await expect(codes).toHaveCount(sheet.qr.length);
      const decoded: string[] = [];
      for (const code of await codes.all()) {
        const text = await decodeQr(await code.screenshot());
        expect(text, `${sheet.path}: a QR code did not decode`).toMatch(/^https?:\/\//);
        // Under each code, the short address for a reader with no phone: host and path, no scheme.
        await expect(code.locator('xpath=..').locator('[data-qr-address]')).toHaveText(
          text!.replace(/^https?:\/\/(www\.)?/, ''),
        );
        decoded.push(new URL(text!).pathname);
      }
      expect(decoded).toEqual(sheet.qr);

      const sides = [await printedPages(page, 'Letter'), await printedPages(page, 'A4')];
      counts[sheet.path] = `Letter ${sides[0]}, A4 ${sides[1]}`;
      if (sides.some((n) => n > sheet.maxPages)) over.push(`${sheet.path} (${counts[sheet.path]})`);
    }
    console.log(`Classroom kit printed pages: ${JSON.stringify(counts)}`);
    test.info().annotations.push({ type: 'pages', description: JSON.stringify(counts) });
    expect(over).toEqual([]);
  });
});

test('the answer key shows the pay figure, its period and its edition from the data file', async ({ page }) => {
  const o = occupations.occupations.find((x) => x.id === 'radiologic-technologists')!;
  const pay = o.figures.medianPay!.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 0,
  });
  await page.goto('/for-counselors/classroom/answer-key');
  const answer = page.getByRole('listitem').filter({ hasText: 'Median pay of radiologic technologists' });
  await expect(answer).toContainText(`${pay} a year`);
  await expect(answer).toContainText(o.source.wagePeriod);
  await expect(answer).toContainText(o.source.edition);
  await expect(page.getByRole('region', { name: 'Each specialty' }).getByRole('row')).toHaveCount(10);
});

test('the lesson plan links to its printables and the counselors’ page links to the kit', async ({ page }) => {
  await page.goto('/for-counselors');
  await page.getByRole('link', { name: 'classroom kit' }).click();
  await expect(page).toHaveURL(/\/for-counselors\/classroom$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Classroom kit: which imaging job fits?');
  for (const name of ['Objectives', 'The lesson, step by step', 'Discussion questions', 'Exit question']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.locator('#main').getByRole('link', { name: 'Which specialty fits me?' })).toHaveAttribute(
    'href',
    '/which-specialty',
  );
  for (const sheet of sheets) {
    await expect(page.locator(`a[href="${sheet.path}"]`).first()).toBeVisible();
  }
});

test('the kit’s pages have no axe violations', async ({ page }) => {
  for (const path of ['/for-counselors/classroom', ...sheets.map((s) => s.path)]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});

test('a state page links to each accreditor’s program search and to the checklist', async ({ page }) => {
  await page.goto('/licensure-finder/nh');
  const section = page.getByRole('region', { name: 'Find an accredited program in New Hampshire' });
  await expect(section).toBeVisible();
  for (const d of directories.directories) {
    const href = d.stateFilter ? d.stateFilter.replace('{state}', 'NH') : d.url;
    await expect(section.locator(`a[href="${href}"]`).first()).toBeVisible();
  }
  await expect(section.getByRole('link')).toHaveCount(directories.directories.length + 1);
  await section.getByRole('link', { name: 'How to check a program' }).click();
  await expect(page).toHaveURL(/\/choosing-a-program#how-to-check-a-program$/);
  await expect(page.getByRole('heading', { level: 2, name: 'How to check a program' })).toBeInViewport();
});
