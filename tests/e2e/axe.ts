import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe violations on the page as it is now (or inside `include`), one readable line each; empty when clean. */
export async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(tags);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * axe violations in the light and then the dark colour scheme, without reloading: the site's
 * dark theme is CSS only (prefers-color-scheme), so emulating the scheme restyles the same page.
 * Leaves the page in the light scheme.
 */
export async function violationsInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)))
    throw new Error('the page did not switch to the dark colour scheme');
  const dark = await violations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}
