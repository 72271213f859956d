// The site and a browser for the benches that measure pages in Chromium (bench:layout,
// bench:hydration): BENCH_ORIGIN when set, otherwise a production server this bench starts on
// `port` with a throwaway SQLite store. Run `npm run build` first.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { killHard, startServer } from './server';

export type BrowserBench = {
  origin: string;
  browser: Browser;
  /** True when this bench started the server, so it may write to the server's store. */
  ownServer: boolean;
  close: () => Promise<void>;
};

export async function openBrowserBench(name: string, port: number): Promise<BrowserBench> {
  const origin = process.env.BENCH_ORIGIN ?? `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const server = process.env.BENCH_ORIGIN
    ? null
    : await startServer(port, { FEEDBACK_DB_PATH: path.join(dir, 'feedback.db') });
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
  return {
    origin,
    browser,
    ownServer: server !== null,
    close: async () => {
      await browser.close();
      if (server) await killHard(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
