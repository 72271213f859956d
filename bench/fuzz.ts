// Fuzz: 5,000 generated bad requests to POST /api/feedback on the production server (loopback
// only). Prints the status counts; fails if any answer is ≥ 500, if anything was stored, or if the
// server stops answering (exit 1). Run after `npm run build`: npx tsx bench/fuzz.ts (FUZZ_PORT moves the server)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, migrate } from '../lib/db';
import { killHard, startServer } from './server';

const port = Number(process.env.FUZZ_PORT ?? 3320);
const total = Number(process.env.FUZZ_REQUESTS ?? 5000);
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;

const nasty = [
  '<script>alert(1)</script>',
  "'; DROP TABLE feedback; --",
  '\u0000\u0001\u0002',
  '\uD800',
  '🧪'.repeat(300),
  'a'.repeat(1001),
  '{{7*7}}',
  '../../etc/passwd',
  '\u202Eevil',
  'x'.repeat(9000),
];
const contentTypes = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  '',
  'application/json; charset=utf-16',
];

function deep(n: number): string {
  return '['.repeat(n) + ']'.repeat(n);
}

/** One request that must be rejected: each case breaks at least one rule. */
function badRequest(): { body: string; type: string } {
  const vote = { page: '/radiography', helpful: 'no', reasons: ['other'], elapsedMs: 5000 };
  switch (Math.floor(rand() * 14)) {
    case 0:
      return { body: pick(['{', '{"page":', 'null', '"x"', '[]', '{"a":1,}', '']), type: 'application/json' };
    case 1:
      return {
        body: JSON.stringify({ ...vote, helpful: pick([true, 1, 'maybe', null, ['yes']]) }),
        type: 'application/json',
      };
    case 2:
      return {
        body: JSON.stringify({ ...vote, page: pick(['/nope', '', '//evil.com', pick(nasty), 42, '/radiography?x=1']) }),
        type: 'application/json',
      };
    case 3:
      return {
        body: JSON.stringify({
          ...vote,
          reasons: pick([['bogus'], 'other', [1], ['other', 'other'], new Array(50).fill('other')]),
        }),
        type: 'application/json',
      };
    case 4:
      return {
        body: JSON.stringify({ ...vote, comment: 'x'.repeat(1001 + Math.floor(rand() * 5000)) }),
        type: 'application/json',
      };
    case 5:
      return { body: deep(1000 + Math.floor(rand() * 4000)), type: 'application/json' };
    case 6:
      return {
        body: JSON.stringify(vote),
        type: pick(contentTypes.filter((t) => !t.startsWith('application/json') && !t.includes('urlencoded'))),
      };
    case 7:
      return {
        body: JSON.stringify({ ...vote, voteId: pick(['1', pick(nasty), 12, 'not-a-uuid']) }),
        type: 'application/json',
      };
    case 8:
      return {
        body: new URLSearchParams({ page: pick(nasty), helpful: 'no' }).toString(),
        type: 'application/x-www-form-urlencoded',
      };
    case 9:
      return { body: JSON.stringify({ ...vote, extra: pick(nasty) }), type: 'application/json' };
    case 12:
      // A follow-up that names no stored vote, or breaks a field: it may never add a vote.
      return {
        body: JSON.stringify({
          step: 'details',
          page: pick(['/radiography', '/nope', pick(nasty)]),
          voteId: pick([crypto.randomUUID(), 'not-a-uuid', pick(nasty)]),
          reasons: pick([['other'], ['bogus'], 'other']),
          ...(rand() < 0.3 ? { helpful: 'yes' } : {}),
        }),
        type: 'application/json',
      };
    case 13:
      return {
        body: new URLSearchParams({
          step: pick(['details', 'vote', pick(nasty)]),
          page: '/radiography',
          voteId: pick([crypto.randomUUID(), pick(nasty)]),
          helpful: pick(['maybe', '']),
        }).toString(),
        type: 'application/x-www-form-urlencoded',
      };
    case 10:
      return { body: 'x'.repeat(8193 + Math.floor(rand() * 100_000)), type: 'application/json' };
    default:
      return { body: JSON.stringify({ ...vote, elapsedMs: pick([-1, 'soon', 1e12, 1.5]) }), type: 'application/json' };
  }
}

const tmp = mkdtempSync(path.join(tmpdir(), 'fuzz-'));
const file = path.join(tmp, 'fuzz.db');
const server = await startServer(port, { FEEDBACK_DB_PATH: file, DATABASE_URL: '' });
const statuses = new Map<number, number>();
let errors = 0;
try {
  for (let i = 0; i < total; i += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, total - i) }, async () => {
        const { body, type } = badRequest();
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/feedback`, {
            method: 'POST',
            headers: type ? { 'content-type': type } : {},
            body,
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        } catch {
          errors += 1;
        }
      }),
    );
  }
  const alive = await fetch(`http://127.0.0.1:${port}/radiography`).then(
    (r) => r.status,
    () => 0,
  );
  const db = createDb({ kind: 'sqlite', path: file });
  await migrate(db);
  const stored = (await db.selectFrom('feedback').selectAll().execute()).length;
  await db.destroy();
  const serverErrors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(
    `Fuzz: ${total} bad requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; network errors ${errors}; responses ≥ 500: ${serverErrors}; rows stored: ${stored}; server still answers: ${alive}`,
  );
  const ok = serverErrors === 0 && stored === 0 && errors === 0 && alive === 200;
  if (!ok) console.error('Fuzz: FAILED (a 5xx, a network error, a stored row or a server that stopped answering)');
  process.exitCode = ok ? 0 : 1;
} finally {
  await killHard(server);
  rmSync(tmp, { recursive: true, force: true });
}
