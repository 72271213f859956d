import { expect, test } from '@playwright/test';

// Issue 15: on a 390 px phone every link a thumb aims at is at least 44 × 44 CSS pixels
// (WCAG 2.5.5's size; Apple's and Google's guidance). One navigation per page checks every group.
const minimum = 44;
// Links inside running text are exempt (WCAG 2.5.8's inline exception), so prose links are not
// listed; a checkbox counts with its label, which is what a finger taps. Hidden controls (the closed
// phone menu's links; home.spec.ts checks those open) have no box and are skipped.
const groups = [
  { name: 'footer links', selector: 'footer a[href]' },
  { name: 'breadcrumb links', selector: 'nav[aria-label="Breadcrumb"] a[href]' },
  { name: 'header controls', selector: 'header summary, header button, header input' },
  { name: 'buttons', selector: 'main button' },
  { name: 'checkboxes', selector: 'main label:has(input[type="checkbox"])' },
  { name: 'state links', selector: 'main a[href^="/licensure-finder/"]' },
];
const pages = ['/radiography', '/licensure-finder', '/licensure-finder/tx', '/compare'];

test.use({ viewport: { width: 390, height: 844 } });

for (const path of pages) {
  test(`tap targets on ${path} are at least 44 × 44 px at 390 px`, async ({ page }) => {
    await page.goto(path);
    const offenders: string[] = [];
    let counted = 0;
    for (const group of groups) {
      const boxes = await page.locator(group.selector).evaluateAll((links) =>
        links
          .map((link) => {
            const box = link.getBoundingClientRect();
            return { text: (link.textContent ?? '').trim().slice(0, 40), width: box.width, height: box.height };
          })
          .filter((box) => box.width > 0 && box.height > 0),
      );
      counted += boxes.length;
      for (const box of boxes) {
        if (box.width < minimum || box.height < minimum) {
          offenders.push(`${group.name}: "${box.text}" ${box.width.toFixed(0)} × ${box.height.toFixed(0)}`);
        }
      }
    }
    // Every page has at least its footer, breadcrumbs and header search.
    expect(counted, `${path}: controls measured`).toBeGreaterThan(14);
    expect(
      offenders,
      `${offenders.length} tap targets under ${minimum} px on ${path}:\n${offenders.join('\n')}`,
    ).toEqual([]);
  });
}
