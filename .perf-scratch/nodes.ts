import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const origin of ['http://127.0.0.1:5200', 'http://127.0.0.1:5000']) {
  for (const p of ['/framework-floor', '/', '/compare', '/radiography', '/topics/specialties']) {
    const page = await browser.newPage();
    await page.goto(origin + p);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 2000 })));
    const c = await page.evaluate(`(() => {
      const has = (n) => Object.keys(n).some((k) => k.startsWith('__reactFiber$'));
      const w = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let el = 0, elH = 0, tx = 0, txH = 0;
      for (let n = w.currentNode; n; n = w.nextNode()) {
        if (n.nodeType === 1) { el++; if (has(n)) elH++; } else { tx++; if (has(n)) txH++; }
      }
      return { el, elH, tx, txH };
    })()`);
    console.log(origin.slice(-4), p, JSON.stringify(c));
    await page.close();
  }
}
await browser.close();
