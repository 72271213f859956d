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
