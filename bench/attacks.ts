// Attacks from issue 14, replayed against the production server (the start wrapper) on SQLite and,
// with TEST_DATABASE_URL, on PostgreSQL with two servers sharing one database. Each prints what
// got through; the run exits 1 if any attack succeeds. Run after `npm run build`:
//   npx tsx bench/attacks.ts        (ATTACK_PORT moves the servers; two ports from it are used)
// Source addresses 127.0.0.2, 127.0.0.3, … stand in for many real clients (Linux routes all of
// 127.0.0.0/8 to loopback).
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createDb, migrate, type DbConfig } from '../lib/db';
import { killHard, startServer } from './server';

const basePort = Number(process.env.ATTACK_PORT ?? 3330);
const token = 'Zp4wK8sQ1xV6nR3tY9mB2cF7hJ5dL0gA';
const wrongAuth = (i: number) => `Bearer wrong-guess-${i}-${randomUUID()}`;
const rightAuth = `Bearer ${token}`;

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; from?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        localAddress: options.from ?? '127.0.0.1',
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const vote = (page = '/radiography', extra: Record<string, unknown> = {}) =>
  JSON.stringify({ page, helpful: 'yes', voteId: randomUUID(), elapsedMs: 5000, ...extra });
const json = { 'content-type': 'application/json' };

let failed = false;
function check(ok: boolean, line: string) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
}

async function storedVotes(config: DbConfig): Promise<number> {
  const db = createDb(config);
  try {
    const row = await db
      .selectFrom('feedback')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

async function reset(config: DbConfig) {
  const db = createDb(config);
  await migrate(db);
  await sql`delete from feedback`.execute(db);
  if (config.kind === 'postgres') {
    await sql`drop table if exists feedback_rate_limits`.execute(db);
    await sql`drop trigger if exists no_writes on feedback`.execute(db);
  }
  await db.destroy();
}

const realLimits = {
  FEEDBACK_RATE_LIMIT: '20',
  FEEDBACK_PAGE_VOTES_PER_MINUTE: '60',
  FEEDBACK_VOTES_PER_MINUTE: '300',
  FEEDBACK_ADMIN_TOKEN: token,
};

/** Votes, sign-ins and lock-out; `ports` are one server (SQLite) or two on one database. */
async function floodAndGuess(label: string, config: DbConfig, ports: number[]) {
  const at = (i: number) => ports[i % ports.length]!;
  console.log(`${label}: ${ports.length} server(s)`);

  // 1. Spoofed-header flood: one client, a new X-Forwarded-For and X-Real-IP on every vote.
  let accepted = 0;
  for (let i = 0; i < 200; i++) {
    const spoof = `198.51.${i >> 8}.${i & 255}`;
    const answer = await send(at(i), {
      method: 'POST',
      path: '/api/feedback',
      headers: { ...json, 'x-forwarded-for': spoof, 'x-real-ip': spoof },
      body: vote(),
    });
    if (answer.status === 201) accepted += 1;
  }
  let stored = await storedVotes(config);
  check(
    stored === 20 && accepted === 20,
    `spoofed-header flood from one client${ports.length > 1 ? ', alternating servers' : ''}: 200 sent, ${accepted} answered 201, ${stored} stored (limit 20; before the fix: 2,137 stored in 10 s)`,
  );

  // 2. Many real addresses (127.0.0.2…101), five votes each, spoofed headers too: the per-page cap holds.
  accepted = 0;
  let withRetryAfter = 0;
  const tooMany: number[] = [];
  await Promise.all(
    Array.from({ length: 100 }, async (_, c) => {
      for (let i = 0; i < 5; i++) {
        const answer = await send(at(c + i), {
          method: 'POST',
          path: '/api/feedback',
          headers: { ...json, 'x-forwarded-for': `203.0.113.${i}` },
          body: vote('/sonography'),
          from: `127.0.0.${c + 2}`,
        });
        if (answer.status === 201) accepted += 1;
        if (answer.status === 429) {
          tooMany.push(1);
          if (Number(answer.headers['retry-after']) > 0) withRetryAfter += 1;
        }
      }
    }),
  );
  stored = (await storedVotes(config)) - stored;
  check(
    stored === 60 && accepted === 60 && withRetryAfter === tooMany.length && tooMany.length === 440,
    `100 addresses × 5 votes to one page: ${accepted} answered 201, ${stored} stored, ${tooMany.length} answered 429 (all with Retry-After: ${withRetryAfter === tooMany.length ? 'yes' : 'no'}); per-page cap 60`,
  );

  // 3. Follow-ups: one No, then 100 rewrites of its reasons with spoofed headers. They pass the same
  // per-client limit as votes, never add a vote, and a made-up vote id is a 404.
  const before = await storedVotes(config);
  const noId = randomUUID();
  const from = label === 'SQLite' ? '127.0.4.1' : '127.0.4.2';
  await send(at(0), {
    method: 'POST',
    path: '/api/feedback',
    headers: json,
    body: vote('/ct', { helpful: 'no', voteId: noId }),
    from,
  });
  let updated = 0;
  let refused = 0;
  for (let i = 0; i < 100; i++) {
    const spoof = `198.51.100.${i}`;
    const answer = await send(at(i), {
      method: 'POST',
      path: '/api/feedback',
      headers: { ...json, 'x-forwarded-for': spoof, 'x-real-ip': spoof },
      body: JSON.stringify({ step: 'details', page: '/ct', voteId: noId, reasons: ['other'], comment: `rewrite ${i}` }),
      from,
    });
    if (answer.status === 200) updated += 1;
    if (answer.status === 429 && Number(answer.headers['retry-after']) > 0) refused += 1;
  }
  const unknown = await send(at(1), {
    method: 'POST',
    path: '/api/feedback',
    headers: json,
    body: JSON.stringify({ step: 'details', page: '/ct', voteId: randomUUID(), reasons: ['other'] }),
    from: '127.0.4.3',
  });
  const added = (await storedVotes(config)) - before;
  check(
    added === 1 && updated === 19 && refused === 81 && unknown.status === 404,
    `one No, then 100 follow-ups with spoofed headers: ${added} vote stored, ${updated} follow-ups applied, ${refused} answered 429 with Retry-After (per-client limit 20); a follow-up for an unknown vote id: ${unknown.status}`,
  );

  // 3. Editor lock-out by a spoofed local address: the attacker (127.0.0.200) claims to be 127.0.0.1.
  for (let i = 0; i < 15; i++) {
    await send(at(i), {
      path: '/admin/feedback',
      headers: { authorization: wrongAuth(i), 'x-forwarded-for': '::ffff:127.0.0.1' },
      from: '127.0.0.200',
    });
  }
  const editor = await Promise.all(
    ports.map((p) => send(p, { path: '/admin/feedback', headers: { authorization: rightAuth } })),
  );
  const attackerLocked = await Promise.all(
    ports.map((p) => send(p, { path: '/admin/feedback', headers: { authorization: rightAuth }, from: '127.0.0.200' })),
  );
  check(
    editor.every((a) => a.status === 200) && attackerLocked.every((a) => a.status === 429),
    `lock-out by spoofed X-Forwarded-For: ::ffff:127.0.0.1 — the editor on 127.0.0.1 gets ${editor.map((a) => a.status).join('/')} (before: 429 for 15 minutes); the attacker is locked out on every server: ${attackerLocked.map((a) => a.status).join('/')}`,
  );

  // 4. Token guessing with rotating headers from one client: 10 wrong tokens, then 429.
  let guesses = 0;
  for (let i = 0; i < 100; i++) {
    const spoof = `192.0.2.${i}`;
    const answer = await send(at(i), {
      path: '/admin/feedback',
      headers: { authorization: wrongAuth(i), 'x-forwarded-for': spoof, 'x-real-ip': spoof },
      from: '127.0.0.150',
    });
    if (answer.status === 401) guesses += 1;
  }
  check(
    guesses === 10,
    `token guessing, rotating headers, one client: 100 sent, ${guesses} checked (the rest 429; before: about 12,200 a minute, never locked)`,
  );
}

/** Runs last: once the overall cap is reached, every sign-in is refused for 15 minutes. */
async function guessFromMany(ports: number[]) {
  const at = (i: number) => ports[i % ports.length]!;
  let guesses = 0;
  // 5. Token guessing from many real addresses: the overall cap (100 wrong tokens per 15 minutes).
  for (let c = 0; c < 30; c++) {
    for (let i = 0; i < 9; i++) {
      const answer = await send(at(c + i), {
        path: '/api/admin/feedback/export',
        headers: { authorization: wrongAuth(i) },
        from: `127.0.1.${c + 1}`,
      });
      if (answer.status === 401) guesses += 1;
    }
  }
  // Steps 3 and 4 used 20 of the 100.
  check(
    guesses === 80,
    `token guessing from 30 addresses × 9 (none reaches its own limit of 10): ${guesses} checked, then every sign-in 429 (overall cap 100 per 15 minutes)`,
  );
}

async function rssKb(pid: number): Promise<number> {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Streams `megabytes` of text/plain to /api/views and samples the server's RSS meanwhile. */
async function bigViewsBody(port: number, pid: number, megabytes: number) {
  const before = await rssKb(pid);
  let peak = before;
  const sampler = setInterval(() => {
    void rssKb(pid).then((kb) => (peak = Math.max(peak, kb)));
  }, 50);
  const chunk = Buffer.alloc(1 << 20, 'a');
  const status = await new Promise<number>((resolve) => {
    let answered = 0;
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/views', headers: { 'content-type': 'text/plain' } },
      (res) => {
        answered = res.statusCode ?? 0;
        res.resume();
        req.destroy();
        resolve(answered);
      },
    );
    req.on('error', () => resolve(answered));
    let sent = 0;
    const write = () => {
      while (sent < megabytes && !answered) {
        sent += 1;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
  await new Promise((r) => setTimeout(r, 300));
  clearInterval(sampler);
  return { status, growthMb: Math.round((peak - before) / 1024), beforeMb: Math.round(before / 1024) };
}

async function bodiesAndPaths(port: number, pid: number) {
  console.log('Bodies, timing, paths and headers (SQLite server)');
  const big = await bigViewsBody(port, pid, 300);
  check(
    big.status === 413 && big.growthMb < 50,
    `300 MB chunked POST /api/views: answered ${big.status}, server memory ${big.beforeMb} MB, grew ${big.growthMb} MB (before the fix: 206 MB → 1.06 GB)`,
  );
  const evil = await send(port, {
    method: 'POST',
    path: '/api/views',
    headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
    body: '/radiography',
  });
  check(evil.status === 403, `view beacon from Origin https://evil.example: ${evil.status} (before: 204)`);
  const views = await send(port, {
    method: 'POST',
    path: '/api/views',
    headers: { 'content-type': 'text/plain' },
    body: '/radiography',
  });
  const get405 = await send(port, { path: '/api/feedback' });
  check(
    views.status === 204 &&
      views.headers['cache-control'] === 'no-store' &&
      get405.status === 405 &&
      get405.headers['cache-control'] === 'no-store',
    `Cache-Control on /api/views (${views.status}): ${views.headers['cache-control']}; on GET /api/feedback (${get405.status}): ${get405.headers['cache-control']}`,
  );

  const untimed = await send(port, {
    method: 'POST',
    path: '/api/feedback',
    headers: json,
    body: JSON.stringify({ page: '/radiography', helpful: 'no', voteId: randomUUID() }),
    from: '127.0.2.1',
  });
  check(untimed.status === 422, `JSON vote without elapsedMs: ${untimed.status} (before: 201, stored)`);

  const malformed = await send(port, { path: '/%' });
  check(
    malformed.status === 400 && String(malformed.headers['content-security-policy']).includes("frame-ancestors 'none'"),
    `GET /%: ${malformed.status}, with the security headers (before: 500)`,
  );
  const slash = await send(port, { path: '/radiography/' });
  check(
    slash.status === 308 && String(slash.headers['content-security-policy']).includes("frame-ancestors 'none'"),
    `GET /radiography/ (Next's own redirect): ${slash.status}, security headers: ${slash.headers['content-security-policy'] ? 'yes' : 'no'}`,
  );
  const huge = await send(port, { path: '/', headers: { 'x-filler': 'a'.repeat(20_000) } });
  check(
    huge.status === 431 && String(huge.headers['content-security-policy']).includes("frame-ancestors 'none'"),
    `20 KB of request headers: ${huge.status}, security headers: ${huge.headers['content-security-policy'] ? 'yes' : 'no'}`,
  );
}

/** Every editors' route, and the plain form, with a store that cannot open or cannot write. */
async function storeDown(label: string, port: number, breakWrites: () => Promise<void>, voteId: string) {
  console.log(`Store failures (${label})`);
  await breakWrites();
  const auth = { authorization: rightAuth };
  const status = await send(port, {
    method: 'POST',
    path: '/api/admin/feedback/status',
    headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ voteId, status: 'spam' }).toString(),
  });
  check(
    status.status === 503 && Number(status.headers['retry-after']) > 0 && status.body.includes('<h1>'),
    `status change that cannot be written: ${status.status}, Retry-After ${status.headers['retry-after']}, a page in words (before: 500)`,
  );
  const details = await send(port, {
    method: 'POST',
    path: '/api/feedback',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ step: 'details', page: '/mri', voteId, reasons: 'other' }).toString(),
    from: '127.0.5.1',
  });
  check(
    details.status === 503 && Number(details.headers['retry-after']) > 0 && details.body.includes('<h1>'),
    `follow-up to a No that cannot be written: ${details.status}, Retry-After ${details.headers['retry-after']}, a page in words`,
  );
}

async function storeCannotOpen(label: string, port: number) {
  const auth = { authorization: rightAuth };
  const page = await send(port, { path: '/admin/feedback', headers: auth });
  const exported = await send(port, { path: '/api/admin/feedback/export', headers: auth });
  const status = await send(port, {
    method: 'POST',
    path: '/api/admin/feedback/status',
    headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ voteId: randomUUID(), status: 'spam' }).toString(),
  });
  const form = await send(port, {
    method: 'POST',
    path: '/api/feedback',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'page=%2Fradiography&helpful=yes',
  });
  const all = [page, exported, status, form];
  check(
    all.every((a) => a.status === 503 && Number(a.headers['retry-after']) > 0) &&
      String(form.headers['content-type']).includes('text/html'),
    `${label}, store cannot open: /admin/feedback ${page.status}, export ${exported.status}, status change ${status.status}, plain form ${form.status} as ${String(form.headers['content-type']).split(';')[0]} (before: 500, 500, 500, JSON)`,
  );
}

const servers: ChildProcess[] = [];
const tmp = mkdtempSync(path.join(tmpdir(), 'attacks-'));
try {
  // SQLite: one server with the real limits.
  const file = path.join(tmp, 'attacks.db');
  const sqliteConfig: DbConfig = { kind: 'sqlite', path: file };
  await reset(sqliteConfig);
  let server = await startServer(basePort, { ...realLimits, FEEDBACK_DB_PATH: file, DATABASE_URL: '' });
  servers.push(server);
  await floodAndGuess('SQLite', sqliteConfig, [basePort]);
  await bodiesAndPaths(basePort, server.pid!);
  const sqliteVote = randomUUID();
  await send(basePort, {
    method: 'POST',
    path: '/api/feedback',
    headers: { ...json, 'x-forwarded-for': '1' },
    body: vote('/mri', { voteId: sqliteVote, helpful: 'no' }),
    from: '127.0.3.1',
  });
  await storeDown(
    'SQLite',
    basePort,
    async () => {
      const db = createDb(sqliteConfig);
      await sql`create trigger no_writes before update on feedback begin select raise(abort, 'disk I/O error'); end`.execute(
        db,
      );
      await db.destroy();
    },
    sqliteVote,
  );
  await guessFromMany([basePort]);
  await killHard(server);
  servers.length = 0;
  // A database path that is a folder: SQLite cannot open it.
  server = await startServer(basePort, {
    ...realLimits,
    FEEDBACK_DB_PATH: tmp,
    FEEDBACK_SALT: 'attack-suite-salt-0123',
    DATABASE_URL: '',
  });
  servers.push(server);
  await storeCannotOpen('SQLite', basePort);
  await killHard(server);
  servers.length = 0;

  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const pgConfig: DbConfig = { kind: 'postgres', url: pgUrl };
    await reset(pgConfig);
    const env = { ...realLimits, DATABASE_URL: pgUrl };
    servers.push(await startServer(basePort, env), await startServer(basePort + 1, env));
    await floodAndGuess('PostgreSQL', pgConfig, [basePort, basePort + 1]);
    const pgVote = randomUUID();
    await send(basePort, {
      method: 'POST',
      path: '/api/feedback',
      headers: json,
      body: vote('/mri', { voteId: pgVote, helpful: 'no' }),
      from: '127.0.3.2',
    });
    await storeDown(
      'PostgreSQL',
      basePort + 1,
      async () => {
        const db = createDb(pgConfig);
        await sql`create or replace function no_writes() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`.execute(
          db,
        );
        await sql`create trigger no_writes before update on feedback for each row execute function no_writes()`.execute(
          db,
        );
        await db.destroy();
      },
      pgVote,
    );
    await guessFromMany([basePort, basePort + 1]);
    const db = createDb(pgConfig);
    await sql`drop trigger if exists no_writes on feedback`.execute(db);
    await sql`drop function if exists no_writes()`.execute(db);
    await sql`delete from feedback`.execute(db);
    await db.destroy();
    for (const s of servers) await killHard(s);
    servers.length = 0;
    // A database that does not exist: nothing can open.
    const missing = new URL(pgUrl);
    missing.pathname = '/feedback_no_such_database';
    servers.push(await startServer(basePort, { ...realLimits, DATABASE_URL: missing.href }));
    await storeCannotOpen('PostgreSQL', basePort);
  } else if (process.env.CI) {
    console.error('CI must set TEST_DATABASE_URL so the two-server PostgreSQL attacks run');
    failed = true;
  } else console.log('PostgreSQL not run: set TEST_DATABASE_URL=postgres://… to include the two-server test.');
} finally {
  for (const s of servers) await killHard(s);
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failed ? 'Attacks: FAILED (an attack above got through)' : 'Attacks: every attack was refused');
process.exitCode = failed ? 1 : 0;
