import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

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

/** Raw HTTP, so the path reaches the server exactly as written (a client library would fix it). */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string> }>((resolve, reject) => {
    const url = new URL(baseURL);
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string> });
    });
    req.on('error', reject);
    req.end();
  });
}

test('a malformed path, Next’s own redirect and oversized headers get a 4xx/3xx with the security headers', async () => {
  const malformed = await rawGet('/%');
  expect(malformed.status).toBe(400);
  expectSecurityHeaders(malformed.headers);
  const redirect = await rawGet('/radiography/');
  expect(redirect.status).toBe(308);
  expectSecurityHeaders(redirect.headers);
  const oversized = await rawGet('/', { 'x-filler': 'a'.repeat(20_000) });
  expect(oversized.status).toBe(431);
  expectSecurityHeaders(oversized.headers);
});

test('the view beacon and the 405 are never cached, and another site cannot count views', async ({ request }) => {
  const view = await request.post('/api/views', { headers: { 'content-type': 'text/plain' }, data: '/radiography' });
  expect(view.status()).toBe(204);
  expect(view.headers()['cache-control']).toBe('no-store');
  const foreign = await request.post('/api/views', {
    headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
    data: '/radiography',
  });
  expect(foreign.status()).toBe(403);
  const get = await request.get('/api/feedback');
  expect(get.status()).toBe(405);
  expect(get.headers()['cache-control']).toBe('no-store');
});

// Every page in the sitemap is also loaded once in pages.spec.ts, which fails it on a console error
// (a Content Security Policy refusal is one) or on a request to another origin.
