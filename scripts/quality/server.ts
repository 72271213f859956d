// The production server the quality checks run against: the start wrapper (npm start) in its own process group,
// so stopping it (even after a failure or Ctrl-C) stops next-server too.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

export type RunningServer = { origin: string; stop: () => Promise<void> };

export async function startServer(options: {
  port: number;
  env: Record<string, string>;
  logDir: string;
}): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const log = createWriteStream(path.join(options.logDir, 'next-start.log'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/start.mjs', '--port', String(options.port), '--hostname', '127.0.0.1'],
    { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env }, stdio: 'pipe', detached: true },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // the group is already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exit;
    clearTimeout(timer);
  };
  // Signals and uncaught errors still take the server down with us.
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  for (let i = 0; i < 300; i++) {
    if (exited) throw new Error(`next start exited early; see ${path.join(options.logDir, 'next-start.log')}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`next start did not answer on ${origin} within 60 s`);
}

/** The URLs the server's sitemap.xml lists (they carry the public origin the site was built for). */
export async function sitemapUrls(origin: string): Promise<URL[]> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
  if (locs.length === 0) throw new Error('sitemap.xml lists no URLs');
  return locs;
}
