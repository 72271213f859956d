import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from '@playwright/test';

type GeneratedArticle = { url: string; aliases: string[]; topic: string };
const articles = JSON.parse(readFileSync('.contentlayer/generated/Article/_index.json', 'utf8')) as GeneratedArticle[];
const specialtyPages = articles.filter((a) => a.topic === 'specialties').map((a) => a.url);
const occupations = JSON.parse(readFileSync('content/data/occupations.json', 'utf8')) as {
  occupations: { id: string; figures: { medianPay?: number } }[];
};

async function decodeQr(png: Buffer): Promise<string | undefined> {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

test.describe('printed', () => {
  test.use({ viewport: { width: 800, height: 1100 } });

  test('an article prints with a masthead on page 1 (title, short address, a QR code of its address), 10 pt body text, source addresses and a citation', async ({
    page,
  }) => {
    await page.goto('/sonography');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Is this page helpful?' })).toBeHidden();

    // The masthead is the first thing on page 1, with the QR code at its top right, over an inch wide.
    const masthead = page.locator('[data-print-masthead]');
    await expect(masthead).toContainText('Imaging Careers');
    await expect(masthead.getByRole('heading', { level: 1 })).toHaveText(
      'Sonography: becoming an ultrasound technologist',
    );
    const qr = masthead.getByRole('img', { name: /QR code for/ });
    const box = (await qr.boundingBox())!;
    const top = (await masthead.boundingBox())!;
    expect(top.y).toBeLessThan(40);
    expect(box.y - top.y).toBeLessThan(30);
    expect(box.x + box.width).toBeGreaterThan(top.x + top.width - 4);
    expect(box.width).toBeGreaterThanOrEqual(96);
    const decoded = await decodeQr(await qr.screenshot());
    expect(decoded).toMatch(/^https?:\/\//);
    expect(new URL(decoded!).pathname).toBe('/sonography');
    // Beside it, the short form of the same address: host and path, no scheme.
    const short = decoded!.replace(/^https?:\/\/(www\.)?/, '');
    await expect(masthead.locator('[data-qr-address]')).toHaveText(short);

    // Body text at 10–10.5 pt (a CSS pixel is 0.75 pt); the lead is outside the columns, full width.
    const pt = async (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => Math.round(parseFloat(getComputedStyle(el).fontSize) * 7.5) / 10);
    expect(await pt('#article-body')).toBeGreaterThanOrEqual(10);
    expect(await pt('#article-body')).toBeLessThanOrEqual(10.5);
    expect(await pt('[data-print-masthead] [data-lead]')).toBeGreaterThanOrEqual(10);
    const lead = (await page.locator('[data-print-masthead] [data-lead]').boundingBox())!;
    const column = (await page.locator('#article-body > p').first().boundingBox())!;
    expect(lead.width).toBeGreaterThan(column.width * 1.5);

    // Each source prints its address after its title, without the scheme.
    const sources = page.getByRole('region', { name: 'Sources' });
    const href = (await sources.getByRole('link').first().getAttribute('href'))!;
    expect(href).toMatch(/^https:\/\//);
    await expect(sources.locator('[data-print-address]').first()).toBeVisible();
    await expect(sources.locator('[data-print-address]').first()).toContainText(
      `(${href.replace(/^https?:\/\/(www\.)?/, '').replace(/^([^/]+)\/$/, '$1')})`,
    );

    const footer = page.locator('[data-print-footer]');
    await expect(footer).toBeVisible();
    await expect(footer).toContainText(`Online: ${short}`);
    await expect(footer).toContainText('Cite as: Sonography: becoming an ultrasound technologist. Imaging Careers.');
    await expect(footer).toContainText('Last reviewed');
    // One QR code per handout: the footer points back to the masthead's.
    await expect(page.getByRole('img', { name: /QR code for/ })).toHaveCount(1);
  });

  test('each specialty page fits on two sides of Letter and of A4 paper', async ({ page }) => {
    const counts: Record<string, string> = {};
    const over: string[] = [];
    for (const url of specialtyPages) {
      await page.goto(url);
      const sides: number[] = [];
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = await page.pdf({ format });
        const n = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        sides.push(n);
        if (n > 2) over.push(`${url} (${format}: ${n})`);
      }
      counts[url] = `Letter ${sides[0]}, A4 ${sides[1]}`;
    }
    console.log(`Printed pages: ${JSON.stringify(counts)}`);
    test.info().annotations.push({ type: 'pages', description: JSON.stringify(counts) });
    expect(over).toEqual([]);
  });
});

test('a counselor’s one-sheet prints alone on one page, a working QR code and short address for every specialty', async ({
  page,
}) => {
  await page.goto('/for-counselors');
  await page.emulateMedia({ media: 'print' });
  // The notes for the counselor stay on screen; the sheet for students prints.
  await expect(page.getByRole('heading', { name: 'What the guide offers' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Jobs in medical imaging: scan to read more' })).toBeVisible();
  const codes = page.getByRole('img', { name: /QR code for/ });
  await expect(codes).toHaveCount(specialtyPages.length);
  const decoded = await decodeQr(await codes.first().screenshot());
  expect(specialtyPages).toContain(new URL(decoded ?? 'http://invalid/').pathname);
  await expect(page.locator('[data-qr-address]').first()).toHaveText(decoded!.replace(/^https?:\/\/(www\.)?/, ''));
  await expect(page.locator('[data-qr-address]:visible')).toHaveCount(specialtyPages.length);
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, format).toBe(1);
  }
});

test('every alias redirects permanently to its page', async ({ request }) => {
  const pairs = articles.flatMap((a) => a.aliases.map((alias) => [alias, a.url] as const));
  expect(pairs.length).toBeGreaterThan(0);
  for (const [alias, url] of pairs) {
    const response = await request.get(alias, { maxRedirects: 0 });
    expect(response.status(), alias).toBe(308);
    expect(response.headers().location, alias).toBe(url);
  }
});

test('an article’s preview image is a PNG', async ({ page, request }) => {
  await page.goto('/radiography');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toBeTruthy();
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

test('an occupation page’s JSON-LD matches the data file', async ({ page }) => {
  await page.goto('/radiography');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const byType = Object.fromEntries(blocks.map((b) => [b['@type'], b]));
  expect(Object.keys(byType).sort()).toEqual(['Article', 'BreadcrumbList', 'Occupation']);
  expect(byType.Article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(byType.BreadcrumbList.itemListElement).toHaveLength(3);
  const median = occupations.occupations.find((o) => o.id === 'radiologic-technologists')?.figures.medianPay;
  expect(byType.Occupation.estimatedSalary.median).toBe(median);
  expect(byType.Occupation.occupationalCategory).toBe('29-2034');
});

test('the FAQ carries FAQPage structured data', async ({ page }) => {
  await page.goto('/faq');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const faq = blocks.find((b) => b['@type'] === 'FAQPage');
  expect(faq.mainEntity.length).toBeGreaterThanOrEqual(10);
  expect(faq.mainEntity[0]).toMatchObject({ '@type': 'Question', acceptedAnswer: { '@type': 'Answer' } });
});

test('the change feed is valid Atom with the change log’s entries', async ({ request }) => {
  const response = await request.get('/changes/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser().parse(xml).feed;
  const changelog = JSON.parse(readFileSync('content/data/changelog.json', 'utf8')) as { entries: unknown[] };
  expect([feed.entry].flat()).toHaveLength(changelog.entries.length);
});

test('an article links to its change-log entry and offers citations as text', async ({ page }) => {
  await page.goto('/mri');
  await page.getByRole('link', { name: 'What changed' }).first().click();
  await expect(page).toHaveURL(/\/changes#\d{4}-\d{2}-\d{2}-/);
  await page.goto('/mri');
  const cite = page.getByRole('region', { name: 'Cite this page' });
  await expect(cite).toContainText('Imaging Careers. Retrieved');
  await expect(cite).toContainText('“MRI');
});
