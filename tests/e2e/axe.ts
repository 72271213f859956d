import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe violations on the page as it is now (or inside `include`), one readable line each; empty when clean.
 *
 * Legacy mode runs axe in the page itself. The default mode finishes every run in a second, blank
 * page, which it needs only for cross-origin frames (the site has no frames); that page doubled
 * each check's time on the CI machine (radiography 3.0-3.7 s against 1.6 s, same 53 rules passed).
 */
export async function violations(page: Page, include?: string): Promise<string[]> {
  // The page as a reader sees it: with its stylesheet. After a click or a form submission, Playwright
  // goes on once the new page commits; axe's own layout reads do not wait for the stylesheet, and
  // once (a fresh-clone CI run) it measured the unstyled header and footer links for target-size.
  await page.waitForLoadState('load');
  const builder = new AxeBuilder({ page }).withTags(tags).setLegacyMode(true);
  return report(include ? builder.include(include) : builder);
}

async function report(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The rules whose outcome depends on colours; the dark scheme changes nothing else on the site. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe violations in the light scheme (every rule) and then the dark scheme (the colour rules),
 * without reloading: the site's dark theme is CSS colours only (prefers-color-scheme), so emulating
 * the scheme recolours the same page and cannot change its structure, names or roles. Checking only
 * the colour rules in the dark scheme took a dark-scheme check from 2.3 s to 1.0 s a page on the CI machine.
 * Leaves the page in the light scheme.
 */
export async function violationsInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)))
    throw new Error('the page did not switch to the dark colour scheme');
  const dark = await report(new AxeBuilder({ page }).withRules(colourRules).setLegacyMode(true));
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}
