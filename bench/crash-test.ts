// Crash test: 2,000 votes with distinct ids, kill -9 of the server part-way, then count.
// Every vote that was answered 201 must be in the store exactly once; exits 1 otherwise.
// Run after `npm run build`: npx tsx bench/crash-test.ts   (PostgreSQL too with TEST_DATABASE_URL;
// in CI, like the store tests, a missing TEST_DATABASE_URL is an error). CRASH_PORT moves the server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createDb, migrate, type DbConfig } from '../lib/db';
import { killHard, startServer } from './server';

const port = Number(process.env.CRASH_PORT ?? 3310);
const total = 2000;
const killAfter = 1000;
const concurrency = 10;

async function run(label: string, config: DbConfig, env: Record<string, string>) {
  const db = createDb(config);
  await migrate(db);
  await sql`delete from feedback`.execute(db);
  const server = await startServer(port, env);
  const ids: string[] = Array.from({ length: total }, () => randomUUID());
  const acked: string[] = [];
  let sent = 0;
  let refused = 0;
  let unanswered = 0;
  let killed = false;
  let workersDone = false;
  const killing = (async () => {
    while (acked.length < killAfter && !workersDone) await new Promise((r) => setTimeout(r, 5));
    // If the workers finished first, the server never got to the kill point: the run fails.
    killed = !workersDone;
    await killHard(server);
  })();
  async function worker() {
    while (sent < total) {
      const id = ids[sent++]!;
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            page: '/radiography',
            helpful: 'no',
            reasons: ['other'],
            voteId: id,
            elapsedMs: 5000,
          }),
        });
        if (response.status === 201) acked.push(id);
        else refused += 1;
      } catch {
        unanswered += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  workersDone = true;
  await killing;
  // Restart on the same store: it must open cleanly and take votes again.
  const again = await startServer(port, env);
  let afterStatus = 0;
  try {
    const after = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ page: '/radiography', helpful: 'yes', voteId: randomUUID(), elapsedMs: 5000 }),
    });
    afterStatus = after.status;
  } catch {
    // afterStatus stays 0: the restarted server did not answer
  }
  await killHard(again);
  const rows = (await db.selectFrom('feedback').select(['vote_id']).execute()).filter((r) => ids.includes(r.vote_id));
  const stored = new Map<string, number>();
  for (const r of rows) stored.set(r.vote_id, (stored.get(r.vote_id) ?? 0) + 1);
  const missing = acked.filter((id) => !stored.has(id)).length;
  const duplicated = [...stored.values()].filter((n) => n > 1).length;
  await db.destroy();
  console.log(
    `${label}: sent ${sent}, answered 201: ${acked.length}, refused with a status: ${refused}, unanswered (server killed): ${unanswered}, rows stored: ${rows.length}, acknowledged but missing: ${missing}, stored twice: ${duplicated}, killed after ${killAfter} acknowledgements: ${killed ? 'yes' : 'no'}, vote after restart: ${afterStatus}`,
  );
  const ok = missing === 0 && duplicated === 0 && killed && afterStatus === 201;
  if (!ok) console.error(`${label}: FAILED`);
  return ok;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'crash-test-'));
try {
  const file = path.join(tmp, 'crash.db');
  let ok = await run('SQLite', { kind: 'sqlite', path: file }, { FEEDBACK_DB_PATH: file, DATABASE_URL: '' });
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) ok = (await run('PostgreSQL', { kind: 'postgres', url: pgUrl }, { DATABASE_URL: pgUrl })) && ok;
  else if (process.env.CI) {
    console.error('CI must set TEST_DATABASE_URL so the crash test runs against PostgreSQL too');
    ok = false;
  } else console.log('PostgreSQL not run: set TEST_DATABASE_URL=postgres://… to include it.');
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
