import { expect, request as playwrightRequest, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const context = await playwrightRequest.newContext({ baseURL });
const paths = await sitemapPaths(context);
await context.dispose();

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
}

test('a built page is served with the security headers', async ({ request }) => {
  expectSecurityHeaders((await request.get('/radiography')).headers());
});

test('an API response is served with the security headers', async ({ request }) => {
  const response = await request.post('/api/feedback', { headers: { 'content-type': 'text/plain' }, data: 'x' });
  expect(response.status()).toBe(415);
  expectSecurityHeaders(response.headers());
});

for (const path of paths) {
  test(`${path} loads nothing from another origin and runs under the policy`, async ({ page }) => {
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== baseURL && url.protocol !== 'data:') foreign.push(url.href);
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
}
