import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { freshDbPath, serverEnv, startServer } from './server-env';

// Extra production servers with their own SQLite files, so they can be killed without disturbing
// the others. Each test gets its own port because tests run in parallel.
const basePort = Number(process.env.E2E_PORT ?? 3100);

test('a vote that got 201 survives kill -9 of the server', async () => {
  const dbPath = freshDbPath('durability');
  const base = `http://127.0.0.1:${basePort + 1}`;
  const server = await startServer(basePort + 1, serverEnv(dbPath));
  const voteId = randomUUID();
  try {
    const response = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: '/radiography', helpful: 'no', reasons: ['other'], voteId, elapsedMs: 5000 }),
    });
    expect(response.status).toBe(201);
  } finally {
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
  }
  const db = new SQLite(dbPath, { readonly: true });
  const row = db.prepare('select count(*) as n from feedback where vote_id = ?').get(voteId) as { n: number };
  db.close();
  rmSync(dbPath, { force: true });
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  expect(row.n).toBe(1);
});

test('the dashboard answers 404 when no editors’ token is set', async () => {
  // An empty variable counts as unset (lib/env.ts).
  const base = `http://127.0.0.1:${basePort + 2}`;
  const server = await startServer(basePort + 2, { ...serverEnv(freshDbPath('no-admin')), FEEDBACK_ADMIN_TOKEN: '' });
  try {
    expect((await fetch(`${base}/admin/feedback`)).status).toBe(404);
  } finally {
    server.kill('SIGKILL');
    await new Promise((r) => server.once('exit', r));
  }
});
