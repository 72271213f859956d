// Feedback API throughput and p99, in one run, beside two references:
//   - a no-op Next.js route (the framework's own cost for a POST), and
//   - a bare node:http server doing the same validation and insert (the floor).
// Run after `npm run build`:  npx tsx bench/feedback-api.ts
// PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set. Prints figures; asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createDb, migrate, type DbConfig } from '../lib/db';
import { feedbackSchema } from '../lib/feedback/schema';
import { FeedbackStore } from '../lib/feedback/store';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 10;
const nextPort = 3300;
const barePort = 3301;
const body = () =>
  JSON.stringify({
    page: '/radiography',
    helpful: 'no',
    reasons: ['other'],
    comment: 'bench',
    voteId: randomUUID(),
    elapsedMs: 5000,
  });

type Result = { name: string; rps: number; p99: number; non2xx: number };

async function load(name: string, url: string): Promise<Result> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return { name, rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not start`);
}

async function startNext(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn('node', ['node_modules/next/dist/bin/next', 'start', '--port', String(nextPort)], {
    env: {
      ...process.env,
      ...env,
      BENCH_NOOP: '1',
      FEEDBACK_RATE_LIMIT: '100000000',
      FEEDBACK_MIN_ELAPSED_MS: '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${nextPort}/`);
  return child;
}

/** The floor: node:http, the same zod schema and the same store insert, no framework. */
async function startBare(config: DbConfig) {
  const store = new FeedbackStore(createDb(config));
  await migrate(store.db);
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c));
    req.on('end', () => {
      const parsed = feedbackSchema.safeParse(JSON.parse(text));
      if (!parsed.success) {
        res.writeHead(422).end();
        return;
      }
      const v = parsed.data;
      store
        .addVote({
          voteId: v.voteId ?? randomUUID(),
          page: v.page,
          helpful: v.helpful === 'yes',
          reasons: v.reasons,
          comment: v.comment ?? null,
          createdAt: new Date(),
        })
        .then(() => res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}'))
        .catch(() => res.writeHead(503).end());
    });
  });
  await new Promise<void>((r) => server.listen(barePort, '127.0.0.1', r));
  return {
    close: async () => {
      server.close();
      await store.close();
    },
  };
}

async function run(label: string, config: DbConfig, env: Record<string, string>) {
  const next = await startNext(env);
  const results: Result[] = [];
  try {
    // Warm up both routes so compilation and first connections are not measured.
    await fetch(`http://127.0.0.1:${nextPort}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(),
    });
    await fetch(`http://127.0.0.1:${nextPort}/api/bench/noop`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(),
    });
    results.push(await load('Next no-op route', `http://127.0.0.1:${nextPort}/api/bench/noop`));
    results.push(await load('POST /api/feedback', `http://127.0.0.1:${nextPort}/api/feedback`));
  } finally {
    next.kill('SIGTERM');
  }
  const bare = await startBare(config);
  try {
    results.push(await load('bare node:http + insert', `http://127.0.0.1:${barePort}/`));
  } finally {
    await bare.close();
  }
  const noop = results[0]!;
  const api = results[1]!;
  console.log(`\n${label}: ${connections} connections, ${duration} s each`);
  console.table(
    results.map((r) => ({ route: r.name, 'requests/s': Math.round(r.rps), 'p99 ms': r.p99, 'non-2xx': r.non2xx })),
  );
  const cost = ((noop.rps - api.rps) / noop.rps) * 100;
  console.log(`Validation + store cost: ${cost.toFixed(1)}% of the no-op route's rate (target: under 15%).`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'bench-feedback-'));
try {
  const sqlitePath = path.join(tmp, 'bench.db');
  await run('SQLite', { kind: 'sqlite', path: sqlitePath }, { FEEDBACK_DB_PATH: sqlitePath, DATABASE_URL: '' });
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) await run('PostgreSQL', { kind: 'postgres', url: pgUrl }, { DATABASE_URL: pgUrl });
  else console.log('\nPostgreSQL not measured: set BENCH_DATABASE_URL=postgres://… to include it.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
