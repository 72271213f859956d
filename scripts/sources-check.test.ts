import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, collectSources, dataUrls, formatReport, frontMatterUrls } from './sources-check';

// A local fixture server, so the test needs no internet: an ok page, a dead link, a redirect,
// a redirect to a dead page, a slow page and a page that refuses robots.
let server: Server;
let base = '';
const pending = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok':
        res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
        return;
      case '/moved':
        res.writeHead(301, { location: '/ok' }).end();
        return;
      case '/moved-to-gone':
        res.writeHead(302, { location: `${base}/gone` }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/slow': {
        const timer = setTimeout(() => res.writeHead(200).end('late'), 10_000);
        pending.add(timer);
        return;
      }
      case '/robots-not-welcome':
        res.writeHead(403).end();
        return;
      default:
        res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const t of pending) clearTimeout(t);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ref = (p: string) => ({ url: `${base}${p}`, files: ['content/data/x.json'] });

describe('sources:check', () => {
  it('sorts each page into ok, redirected, blocked or dead', async () => {
    const results = await checkAll(
      ['/ok', '/moved', '/gone', '/moved-to-gone', '/loop', '/slow', '/robots-not-welcome'].map(ref),
      // Generous for the other pages on a busy machine; the slow page answers far later.
      { timeoutMs: 1_500, concurrency: 3 },
    );
    const status = Object.fromEntries(results.map((r) => [r.url.slice(base.length), r.status]));
    expect(status).toEqual({
      '/ok': 'ok',
      '/moved': 'redirected',
      '/gone': 'dead',
      '/moved-to-gone': 'dead',
      '/loop': 'dead',
      '/slow': 'dead',
      '/robots-not-welcome': 'blocked',
    });
    expect(results.find((r) => r.url.endsWith('/moved'))?.finalUrl).toBe(`${base}/ok`);
    expect(results.find((r) => r.url.endsWith('/slow'))?.detail).toBe('no answer within 1500 ms');
  });

  it('flags plain-http addresses and exits 1 only when a page is dead', async () => {
    const ok = formatReport(await checkAll([ref('/ok'), ref('/moved')], { timeoutMs: 1_000 }));
    expect(ok.exitCode).toBe(0);
    expect(ok.text).toMatch(/PLAIN HTTP \(find the https address\) \(2\)/);
    expect(ok.text).toMatch(/2 source URLs: 1 ok, 1 redirected, 0 blocked, 0 dead; 2 over plain http\./);
    const dead = formatReport(await checkAll([ref('/gone')], { timeoutMs: 1_000 }));
    expect(dead.exitCode).toBe(1);
    expect(dead.text).toContain(`DEAD (1):\n  ${base}/gone\n    404\n    cited in content/data/x.json`);
  });

  it('finds the source URLs in front matter and in data files, once each', () => {
    const mdx =
      '---\ntitle: X\nsources:\n  - publisher: A\n    url: https://a.example/page\n---\nSee https://not-a-source.example.';
    expect(frontMatterUrls(mdx)).toEqual(['https://a.example/page']);
    expect(
      dataUrls({ a: [{ url: 'http://b.example' }, { note: 'no url here' }], sourceUrl: 'https://c.example/x' }),
    ).toEqual(['http://b.example', 'https://c.example/x']);
    const refs = collectSources();
    expect(refs.some((r) => r.url === 'https://www.bls.gov/ooh/healthcare/diagnostic-medical-sonographers.htm')).toBe(
      true,
    );
    expect(new Set(refs.map((r) => r.url)).size).toBe(refs.length);
    expect(refs.every((r) => /^https?:\/\//.test(r.url))).toBe(true);
  });
});
