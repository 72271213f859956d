import { expect, test } from '@playwright/test';

// Issue 15: on a 390 px phone every link a thumb aims at is at least 44 × 44 CSS pixels
// (WCAG 2.5.5's size; Apple's and Google's guidance). One navigation per page checks every group.
const minimum = 44;
const groups = [
  { name: 'footer links', selector: 'footer a[href]' },
  { name: 'breadcrumb links', selector: 'nav[aria-label="Breadcrumb"] a[href]' },
];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of ['/radiography', '/licensure-finder/tx']) {
  test(`footer and breadcrumb links on ${path} are at least 44 × 44 px at 390 px`, async ({ page }) => {
    await page.goto(path);
    const offenders: string[] = [];
    for (const group of groups) {
      const boxes = await page.locator(group.selector).evaluateAll((links) =>
        links.map((link) => {
          const box = link.getBoundingClientRect();
          return { text: (link.textContent ?? '').trim(), width: box.width, height: box.height };
        }),
      );
      expect(boxes.length, `${path} has ${group.name}`).toBeGreaterThan(0);
      for (const box of boxes) {
        if (box.width < minimum || box.height < minimum) {
          offenders.push(`${group.name}: "${box.text}" ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`);
        }
      }
    }
    expect(
      offenders,
      `${offenders.length} tap targets under ${minimum} px on ${path}:\n${offenders.join('\n')}`,
    ).toEqual([]);
  });
}
