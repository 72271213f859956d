import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Settings of the production server the browser tests start (see playwright.config.ts). */
// 32+ random-looking characters: lib/env.ts refuses short or guessable tokens.
export const adminToken = 'Qm7vX2pL9sKd4RtZ8wNc3hYb6FjE1uAo';
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

export function serverEnv(dbPath: string): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    FEEDBACK_DB_PATH: dbPath,
    FEEDBACK_ADMIN_TOKEN: adminToken,
    // Tests click faster than people read and all come from one address.
    FEEDBACK_MIN_ELAPSED_MS: '0',
    FEEDBACK_RATE_LIMIT: '100000',
    FEEDBACK_PAGE_VOTES_PER_MINUTE: '100000',
    FEEDBACK_VOTES_PER_MINUTE: '100000',
  };
}

export function freshDbPath(name: string): string {
  return path.join(tmpdir(), `imaging-careers-${name}-${process.pid}-${Date.now()}.db`);
}

/** Another production server on a port of its own, with its own settings; the caller kills it. */
export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...env, DATABASE_URL: '' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server on port ${port} did not start`);
}
