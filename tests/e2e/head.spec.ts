import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';

test('every page in the sitemap advertises the Atom feed once in its head', async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const links = head.match(/<link[^>]+type="application\/atom\+xml"[^>]*>/g) ?? [];
    expect(links, path).toHaveLength(1);
    expect(links[0], path).toContain('/changes/feed.xml');
  }
});

test('every page in the sitemap has a full <title> of at most 65 characters, so search results show it whole', async ({
  request,
}) => {
  const tooLong: string[] = [];
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
    expect(title, path).toBeTruthy();
    const text = title!
      .replace(/&amp;/g, '&')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"');
    if (text.length > 65) tooLong.push(`${text.length} ${path} ${text}`);
  }
  expect(tooLong).toEqual([]);
});

test('the favicon and the Apple touch icon answer 200 with an image', async ({ request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const html = await (await request.get('/')).text();
  const touch = html.match(/<link rel="apple-touch-icon" href="([^"]+)"/)?.[1];
  expect(touch).toBeTruthy();
  const icon = await request.get(touch ?? '');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/png');
});
