import { expect, test } from '@playwright/test';

// One phone-sized run through the first screen (issue 15, section 2).
test('on a phone the home page answers "is this for me" in one screen and its cards, menu and pictures work', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');

  await test.step('the at-a-glance strip and both actions fit in the first screen', async () => {
    const glance = page.getByRole('region', { name: 'At a glance' });
    await expect(glance.getByRole('definition')).toHaveCount(4);
    const actions = page.getByRole('navigation', { name: 'Start here' }).getByRole('link');
    await expect(actions).toHaveText(['Find my fit', 'Compare jobs']);
    for (const box of [
      await glance.boundingBox(),
      await actions.nth(0).boundingBox(),
      await actions.nth(1).boundingBox(),
    ]) {
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    }
  });

  await test.step('the menu lists the tools first, then the topics, each at least 44 px square', async () => {
    await page.getByText('Menu').click();
    const links = page.locator('header details').getByRole('link');
    await expect(links).toHaveText([
      'Find my fit',
      'Compare',
      'Pay',
      'License by state',
      'For counselors',
      'Overview',
      'Duties',
      'Specialties',
      'Education',
      'Certification',
      'Licensure',
      'Careers',
      'Safety',
    ]);
    for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await page.getByText('Menu').click();
  });

  await test.step('tapping a specialty card away from its title opens the specialty', async () => {
    const card = page
      .getByRole('region', { name: 'Specialties' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Radiography', exact: true }) });
    await expect(card.locator('svg[data-illustration="radiography"]')).toBeVisible();
    const box = (await card.boundingBox())!;
    await card.click({ position: { x: box.width - 6, y: box.height - 6 } });
    await expect(page).toHaveURL(/\/radiography$/);
  });

  await test.step('the specialty page shows its picture at the top, with a fixed size, and nothing moves', async () => {
    await page.goto('/radiography');
    await page.waitForLoadState('networkidle');
    const picture = page.locator('main svg[data-illustration="radiography"]');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('aria-hidden', 'true');
    await expect(picture).toHaveAttribute('width', /\d+/);
    await expect(picture).toHaveAttribute('height', /\d+/);
    const shiftedNearTop = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const moved: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              sources?: { node?: Node | null; previousRect: DOMRectReadOnly }[];
            }[]) {
              for (const source of entry.sources ?? []) {
                const el = source.node instanceof Element ? source.node : source.node?.parentElement;
                if (
                  el &&
                  (el.closest('h1') ||
                    el.closest('svg[data-illustration]') ||
                    el.contains(document.querySelector('h1')))
                )
                  moved.push(el.outerHTML.slice(0, 80));
              }
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(moved), 300);
        }),
    );
    expect(shiftedNearTop).toEqual([]);
  });

  await test.step('an unknown address has its own tab title', async () => {
    const html = await (await page.request.get('/no-such-page')).text();
    expect(html).toMatch(/<title>Page not found \| Imaging Careers<\/title>/);
  });
});
