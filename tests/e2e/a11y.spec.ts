import { expect, test } from '@playwright/test';
import { violationsInBothSchemes } from './axe';

// Every sitemap page is checked with axe in pages.spec.ts (one navigation per page); these are
// the states a sitemap URL does not reach.
test('the page-not-found page has no axe violations in light or dark', async ({ page }) => {
  await page.goto('/no-such-page');
  expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
});

test('the open phone menu has no axe violations in light or dark', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/');
  await page.getByText('Menu').click();
  expect(await violationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
});
