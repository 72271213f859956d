// The editors' dashboard summary and the CSV export at 1,000,000 votes: seeds that many rows
// (SQLite, and PostgreSQL with TEST_DATABASE_URL), then prints the time and the peak memory of
// each, measured in this process with the same lib/ code the routes run.
//   npm run bench:dashboard        (DASHBOARD_ROWS changes the count)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createDb, migrate, type DbConfig } from '../lib/db';
import { feedbackCsvStream } from '../lib/feedback/csv';
import { FeedbackStore } from '../lib/feedback/store';

const rows = Number(process.env.DASHBOARD_ROWS ?? 1_000_000);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; peakGrowth: number; result: T }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakGrowth: peak - base, result };
}

async function seed(store: FeedbackStore, kind: DbConfig['kind']) {
  await sql`delete from feedback`.execute(store.db);
  // One statement: rows spread over 50 pages and the last year, a comment on every tenth.
  if (kind === 'sqlite') {
    await sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${rows})
      insert into feedback (vote_id, page, helpful, reasons, comment, status, created_at)
      select printf('%036d', i), '/article-' || (i % 50), i % 3 = 0,
        case when i % 3 = 0 then '[]' else '["figures-wrong-or-old","other"]' end,
        case when i % 10 = 0 then 'Comment number ' || i else null end, 'new',
        strftime('%Y-%m-%dT%H:%M:%S.000Z', 1764547200 - i * 30, 'unixepoch')
      from n`.execute(store.db);
  } else {
    await sql`
      insert into feedback (vote_id, page, helpful, reasons, comment, status, created_at)
      select lpad(i::text, 36, '0'), '/article-' || (i % 50), (i % 3 = 0)::int,
        case when i % 3 = 0 then '[]' else '["figures-wrong-or-old","other"]' end,
        case when i % 10 = 0 then 'Comment number ' || i else null end, 'new',
        to_char(to_timestamp(1764547200 - i * 30) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"')
      from generate_series(1, ${rows}) as i`.execute(store.db);
    await sql`analyze feedback`.execute(store.db);
  }
}

async function run(label: string, config: DbConfig) {
  const store = new FeedbackStore(createDb(config));
  await migrate(store.db);
  const seeded = await measure(() => seed(store, config.kind));
  console.log(`${label}: seeded ${rows.toLocaleString('en-US')} votes in ${(seeded.ms / 1000).toFixed(1)} s`);

  const summary = await measure(() => store.summary());
  const votes = summary.result.reduce((n, s) => n + s.votes, 0);
  console.log(
    `${label}: dashboard summary ${summary.ms.toFixed(0)} ms, peak memory +${mb(summary.peakGrowth)} (${summary.result.length} pages, ${votes.toLocaleString('en-US')} votes)`,
  );
  const comments = await measure(() => store.rows({}, { withCommentOnly: true, limit: 200 }));
  console.log(`${label}: dashboard's newest 200 comments ${comments.ms.toFixed(0)} ms`);

  const exported = await measure(async () => {
    const reader = (await feedbackCsvStream(store.rowBatches())).getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return bytes;
      bytes += value.byteLength;
    }
  });
  console.log(
    `${label}: CSV export ${(exported.ms / 1000).toFixed(1)} s, ${mb(exported.result)} streamed, peak memory +${mb(exported.peakGrowth)}`,
  );
  await sql`delete from feedback`.execute(store.db);
  await store.close();
}

const tmp = mkdtempSync(path.join(tmpdir(), 'dashboard-bench-'));
try {
  await run('SQLite', { kind: 'sqlite', path: path.join(tmp, 'bench.db') });
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) await run('PostgreSQL', { kind: 'postgres', url: pgUrl });
  else console.log('PostgreSQL not run: set TEST_DATABASE_URL=postgres://… to include it.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
