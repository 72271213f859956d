import { tmpdir } from 'node:os';
import path from 'node:path';

/** Settings of the production server the browser tests start (see playwright.config.ts). */
export const adminToken = 'e2e-editor-token-0123456789';
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);

export function serverEnv(dbPath: string): Record<string, string> {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    FEEDBACK_DB_PATH: dbPath,
    FEEDBACK_ADMIN_TOKEN: adminToken,
    // Tests click faster than people read and all come from one address.
    FEEDBACK_MIN_ELAPSED_MS: '0',
    FEEDBACK_RATE_LIMIT: '100000',
  };
}

export function freshDbPath(name: string): string {
  return path.join(tmpdir(), `imaging-careers-${name}-${process.pid}-${Date.now()}.db`);
}
