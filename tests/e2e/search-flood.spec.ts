import { expect, test } from '@playwright/test';
import { freshDbPath, serverEnv, startServer } from './server-env';

// A port of its own: the durability spec uses E2E_PORT + 1, the startup spec + 5.
const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const origin = `http://127.0.0.1:${port}`;

test('a flood of searches is served a few at a time and the rest are told to retry, while articles answer', async () => {
  const child = await startServer(port, {
    ...serverEnv(freshDbPath('search-flood')),
    SEARCH_CONCURRENCY: '1',
    SEARCH_QUEUE: '2',
  });
  try {
    // Every query new, so none is answered from the server's cache of recent results.
    const searches = Array.from({ length: 30 }, (_, i) =>
      fetch(`${origin}/search?q=${encodeURIComponent(`x-ray tech ${i}`)}`),
    );
    const article = await fetch(`${origin}/radiography`);
    const answers = await Promise.all(searches);
    const statuses = answers.map((r) => r.status);
    expect(article.status).toBe(200);
    expect(
      statuses.every((s) => s === 200 || s === 503),
      statuses.join(' '),
    ).toBe(true);
    // One rendering and two waiting at a time: most of 30 at once are told to come back.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
    const busy = answers.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      expect(r.headers.get('retry-after')).toBe('5');
      expect(await r.text()).toContain('Search is busy just now');
    }
    // Once the flood is over, a search is served again.
    expect((await fetch(`${origin}/search?q=mri`)).status).toBe(200);
  } finally {
    child.kill('SIGKILL');
  }
});
