import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorTargets, brokenAnchors, pageLinks } from './links';

const pages: Record<string, string> = {
  '/': '<a href="/b#real">b</a><a href="/c">c</a>',
  '/b': '<h2 id="real">Real</h2><a href="#real">self</a>',
  '/c': '<a href="/b#missing">gone</a><a href="/#top">home</a><script>self.x={"id":"top"}</script>',
};
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('anchor check', () => {
  it('finds ids in markup but not in script bodies', () => {
    expect([...anchorTargets('<h2 id="a">x</h2><a name="b"></a><script>{"id":"c"} id="d"</script>')]).toEqual([
      'a',
      'b',
    ]);
  });

  it('reads link targets with their entities decoded', () => {
    expect(pageLinks('<a class="x" href="/search?q=a&amp;b=1#r">x</a><link href="/s.css">')).toEqual([
      '/search?q=a&b=1#r',
    ]);
  });

  it('reports a link to an id that the target page does not have, wherever it was crawled first', async () => {
    const result = await brokenAnchors([`${origin}/`, `${origin}/b`, `${origin}/c`], origin);
    expect(result.checked).toBe(4);
    expect(result.broken).toEqual([
      { page: `${origin}/c`, href: '/b#missing' },
      { page: `${origin}/c`, href: '/#top' },
    ]);
  });
});
