import { expect, test, type Page } from '@playwright/test';
import { violations } from './axe';
import { questions } from '../../lib/quiz/questions';

const longest =
  'radiation=interested&contact=quick-exams&school=more-later&physics=enjoy&schedule=some&physical=active&pay=a-lot&growth=some&first-credential=yes';

async function expectFullResult(page: Page) {
  const items = page.locator('[data-quiz-result] li[data-specialty]');
  await expect(items).toHaveCount(9);
  await expect(page.locator('[data-quiz-result]')).toContainText('not a test with one right answer');
  for (const item of await items.all()) {
    const lines = item.locator('[data-why]');
    const count = await lines.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(4);
    for (const line of await lines.all())
      await expect(line.getByRole('link', { name: /^(Source|See): / })).toHaveCount(1);
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page leads to the quiz, the form gives a shareable result, and bad answers get a 400 that keeps the rest', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Which specialty fits me?' }).first().click();
    await expect(page).toHaveURL(/\/which-specialty$/);
    for (const q of questions) await page.getByRole('group', { name: q.text }).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Show my result' }).click();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/which-specialty');
    for (const q of questions) expect(url.searchParams.get(q.id)).toBe(q.answers[0].id);
    await expectFullResult(page);
    await expect(page.locator('#feedback')).toBeVisible();
    expect(await context.cookies()).toEqual([]);

    const response = await page.goto('/which-specialty?radiation=avoid&contact=nope');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Some answers are missing or not valid');
    await expect(page.getByText('“nope” is not one of the answers')).toBeVisible();
    await expect(page.locator('input[name="radiation"][value="avoid"]')).toBeChecked();
  });
});

test.describe('with JavaScript', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test('a keyboard-only reader gets a result in place at 320 px, later changes update it, and axe finds nothing', async ({
    page,
  }) => {
    await page.goto('/which-specialty');
    await page.evaluate(() => Object.assign(window, { quizMarker: 'same page' }));
    // Tab to the first question, then Space picks the focused answer and Tab moves to the next question.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'radiation')) break;
    }
    for (let i = 0; i < questions.length; i++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Show my result' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#result-heading')).toBeFocused();
    await expect(page).toHaveURL(/\?radiation=avoid&contact=long-one-to-one&/);
    await expectFullResult(page);
    expect(await page.evaluate(() => (window as unknown as { quizMarker?: string }).quizMarker)).toBe('same page');

    await page
      .getByRole('group', { name: questions[0].text })
      .getByRole('radio', { name: /interested/ })
      .check();
    await expect(page).toHaveURL(/\?radiation=interested&/);
    await expect(page.getByRole('region', { name: 'Change your answers' }).getByRole('status')).toHaveText(
      'Your result has been updated.',
    );
    await expect(page.locator('[data-quiz-result] li[data-why="radiation"]').first()).toContainText(
      'You are interested in working with radiation',
    );
    expect(await page.evaluate(() => (window as unknown as { quizMarker?: string }).quizMarker)).toBe('same page');

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await violations(page)).toEqual([]);
  });
});

test('a printed result fits on one Letter page', async ({ page }) => {
  // Among the longest results we found: most specialties get four reasons.
  await page.goto(`/which-specialty?${longest}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-quiz-result]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show my result' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`/which-specialty result prints on ${pages} Letter page(s)`);
  expect(pages).toBe(1);
});
