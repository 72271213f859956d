// How the site reads on a phone and on paper (issue 15), in one run: the page height at 390 px
// wide, the tap targets smaller than 44 × 44 px in the groups the issue names, and the printed
// page counts on Letter. Run after `npm run build`:  npm run bench:layout
//   PORT (default 3330) for the server it starts, or BENCH_ORIGIN to measure a server already
//   running. Prints figures; asserts nothing (the browser tests hold the budgets).
import type { Page } from '@playwright/test';
import { openBrowserBench } from './browser';

const port = Number(process.env.PORT ?? 3330);
const phonePages = [
  '/',
  '/radiography',
  '/compare',
  '/licensure-finder',
  '/licensure-finder/tx',
  '/glossary',
  '/career-ladder',
];
const printPages: { url: string; landscape?: boolean }[] = [
  { url: '/radiography' },
  { url: '/sonography' },
  { url: '/pay-and-outlook' },
  { url: '/compare', landscape: true },
  { url: '/for-counselors' },
  { url: '/licensure-finder/tx' },
];
// The groups of tap targets the issue names, as selectors.
const tapGroups: Record<string, string> = {
  'footer links': 'footer a',
  breadcrumbs: 'nav[aria-label="Breadcrumb"] a',
  'header and menu': 'header a, header button, header summary',
  'state lists': 'main a[href^="/licensure-finder/"]',
  'article tools (print, copy, share)': 'main button',
  'feedback checkboxes': 'main input[type="checkbox"]',
  'other controls': 'main summary, main select, main input[type="radio"]',
};

async function tapTargets(page: Page): Promise<Record<string, string>> {
  return page.evaluate((groups) => {
    const out: Record<string, string> = {};
    for (const [name, selector] of Object.entries(groups)) {
      let total = 0;
      let small = 0;
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        // Links inside running text are exempt (WCAG 2.5.8's inline exception).
        if (el.closest('p, li p, td') && el.tagName === 'A' && !el.closest('nav, footer')) continue;
        // A checkbox or radio counts with its label, which is what a finger taps.
        const target = el.matches('input') ? (el.closest('label') ?? el) : el;
        const box = target.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        total++;
        if (box.width < 44 || box.height < 44) small++;
      }
      if (total) out[name] = `${small} of ${total} under 44 px`;
    }
    return out;
  }, tapGroups);
}

async function main() {
  const { origin, browser, ownServer, close } = await openBrowserBench('layout', port);
  try {
    console.log('Phone (390 × 844), page height and tap targets:');
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    for (const url of phonePages) {
      await phone.goto(origin + url, { waitUntil: 'networkidle' });
      const height = await phone.evaluate(() => document.documentElement.scrollHeight);
      console.log(`  ${url.padEnd(22)} ${String(height).padStart(6)} px  ${JSON.stringify(await tapTargets(phone))}`);
    }
    // The feedback reasons (checkboxes) show after "No"; the vote goes to this run's own store,
    // so this step is skipped against a server the bench did not start.
    if (ownServer) {
      await phone.goto(`${origin}/radiography`, { waitUntil: 'networkidle' });
      await phone.getByRole('button', { name: 'No, this page is not helpful' }).click();
      await phone.locator('main input[type="checkbox"]').first().waitFor();
      console.log(`  after "No" on /radiography: ${JSON.stringify(await tapTargets(phone))}`);
    }
    console.log('Printed pages (Letter):');
    const paper = await browser.newPage();
    for (const { url, landscape } of printPages) {
      await paper.goto(origin + url, { waitUntil: 'networkidle' });
      await paper.emulateMedia({ media: 'print' });
      const pdf = await paper.pdf({ format: 'Letter', landscape: landscape ?? false, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`  ${url.padEnd(22)} ${pages} page(s)${landscape ? ' (landscape)' : ''}`);
      await paper.emulateMedia({ media: 'screen' });
    }
  } finally {
    await close();
  }
}

await main();
