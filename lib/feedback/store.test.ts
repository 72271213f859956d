// The same suite against a real SQLite file and a real PostgreSQL server (TEST_DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, migrate, type DbConfig } from '../db';
import { FeedbackStore, type NewVote } from './store';

const tmp = mkdtempSync(path.join(tmpdir(), 'feedback-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const backends: [string, () => DbConfig][] = [
  ['SQLite', () => ({ kind: 'sqlite', path: path.join(tmp, `${randomUUID()}.db`) })],
];
const pgUrl = process.env.TEST_DATABASE_URL;
if (pgUrl) backends.push(['PostgreSQL', () => ({ kind: 'postgres', url: pgUrl })]);
else if (process.env.CI) throw new Error('CI must set TEST_DATABASE_URL so the PostgreSQL store suite runs');
else console.warn('PostgreSQL store suite did not run: set TEST_DATABASE_URL=postgres://… to run it.');

function vote(overrides: Partial<NewVote> = {}): NewVote {
  return {
    voteId: randomUUID(),
    page: '/radiography',
    helpful: false,
    reasons: ['figures-wrong-or-old'],
    comment: 'The pay figure looks old.',
    createdAt: new Date('2026-11-20T10:00:00Z'),
    ...overrides,
  };
}

describe.each(backends)('the feedback store on %s', (_, config) => {
  let store: FeedbackStore;

  beforeEach(async () => {
    store = new FeedbackStore(createDb(config()));
    await migrate(store.db);
    await sql`delete from feedback`.execute(store.db);
    await sql`delete from page_views`.execute(store.db);
    return () => store.close();
  });

  it('creates its tables on first use and can migrate again without harm', async () => {
    await migrate(store.db);
    expect(await store.count()).toBe(0);
  });

  it('stores a vote and reads it back', async () => {
    expect(await store.addVote(vote())).toBe(true);
    const [row] = await store.rows();
    expect(row).toMatchObject({
      page: '/radiography',
      helpful: false,
      reasons: ['figures-wrong-or-old'],
      status: 'new',
    });
  });

  it('stores a retried vote only once', async () => {
    const v = vote();
    expect(await store.addVote(v)).toBe(true);
    expect(await store.addVote(v)).toBe(false);
    expect(await store.count()).toBe(1);
  });

  it('summarises votes, reasons and views per page', async () => {
    await store.addVote(vote());
    await store.addVote(vote({ helpful: true, reasons: [], comment: null }));
    await store.addView('/radiography', '2026-11-20');
    await store.addView('/radiography', '2026-11-20');
    await store.addView('/radiography', '2026-11-21');
    const [s] = await store.summary();
    expect(s).toMatchObject({ page: '/radiography', votes: 2, yes: 1, no: 1, views: 3 });
    expect(s?.reasons['figures-wrong-or-old']).toBe(1);
  });

  it('walks every row newest first in batches, the same order as rows(), ties included', async () => {
    const same = new Date('2026-11-20T10:00:00Z');
    for (let i = 0; i < 7; i++)
      await store.addVote(vote({ createdAt: i < 4 ? same : new Date(Date.UTC(2026, 10, i)) }));
    const batches: number[] = [];
    const walked: string[] = [];
    for await (const batch of store.rowBatches({}, 3)) {
      batches.push(batch.length);
      walked.push(...batch.map((r) => r.voteId));
    }
    expect(batches).toEqual([3, 3, 1]);
    expect(walked).toEqual((await store.rows()).map((r) => r.voteId));
  });

  it('filters by page and date range', async () => {
    await store.addVote(vote({ createdAt: new Date('2026-10-01T12:00:00Z') }));
    await store.addVote(vote({ page: '/sonography', createdAt: new Date('2026-11-25T12:00:00Z') }));
    expect((await store.rows({ pages: ['/sonography'] })).map((r) => r.page)).toEqual(['/sonography']);
    expect(await store.rows({ from: '2026-11-01', to: '2026-11-30' })).toHaveLength(1);
    expect(await store.rows({ pages: [] })).toHaveLength(0);
  });

  it('lists comments newest first', async () => {
    await store.addVote(vote({ comment: 'older', createdAt: new Date('2026-11-01T00:00:00Z') }));
    await store.addVote(vote({ comment: 'newer', createdAt: new Date('2026-11-02T00:00:00Z') }));
    await store.addVote(vote({ helpful: true, comment: null }));
    expect((await store.rows({}, { withCommentOnly: true })).map((r) => r.comment)).toEqual(['newer', 'older']);
  });

  it('marks a comment as spam and leaves spam out of the summary', async () => {
    const v = vote();
    await store.addVote(v);
    expect(await store.setStatus(v.voteId, 'spam')).toBe(true);
    expect((await store.rows())[0]?.status).toBe('spam');
    expect(await store.summary()).toEqual([]);
  });

  it('deletes comment text past the retention cut-off but keeps the vote', async () => {
    await store.addVote(vote({ createdAt: new Date('2025-01-01T00:00:00Z') }));
    await store.addVote(vote({ createdAt: new Date('2026-11-01T00:00:00Z') }));
    expect(await store.purgeComments(new Date('2026-01-01T00:00:00Z'))).toBe(1);
    const rows = await store.rows();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.comment)).toEqual(['The pay figure looks old.', null]);
  });

  it('keeps a comment containing markup as plain text', async () => {
    await store.addVote(vote({ comment: '<script>alert(1)</script>' }));
    expect((await store.rows())[0]?.comment).toBe('<script>alert(1)</script>');
  });

  describe('the follow-up to a No', () => {
    const open = new Date('2026-11-20T09:30:00Z');
    const bareNo = () => vote({ reasons: [], comment: null });
    const details = (voteId: string, extra: Partial<Parameters<FeedbackStore['addDetails']>[0]> = {}) => ({
      voteId,
      page: '/radiography',
      reasons: ['broken-link', 'hard-to-understand'] as NewVote['reasons'],
      comment: 'The ARRT link is dead.',
      openSince: open,
      ...extra,
    });

    it('counts a No that never gets its reasons', async () => {
      await store.addVote(bareNo());
      await store.addVote(vote({ helpful: true, reasons: [], comment: null }));
      const [s] = await store.summary();
      expect(s).toMatchObject({ votes: 2, yes: 1, no: 1 });
    });

    it('adds reasons and a comment to the same vote, never a second one', async () => {
      const v = bareNo();
      await store.addVote(v);
      expect(await store.addDetails(details(v.voteId))).toBe('updated');
      expect(await store.count()).toBe(1);
      const [row] = await store.rows();
      expect(row).toMatchObject({
        voteId: v.voteId,
        helpful: false,
        reasons: ['hard-to-understand', 'broken-link'],
        comment: 'The ARRT link is dead.',
      });
      const [s] = await store.summary();
      expect(s).toMatchObject({ votes: 1, yes: 0, no: 1 });
      expect(s?.reasons['broken-link']).toBe(1);
    });

    it('leaves the row as it was when the same details come again, in any order', async () => {
      const v = bareNo();
      await store.addVote(v);
      await store.addDetails(details(v.voteId));
      const before = await store.rows();
      const again = details(v.voteId, { reasons: ['hard-to-understand', 'broken-link'] });
      expect(await store.addDetails(again)).toBe('updated');
      expect(await store.rows()).toEqual(before);
    });

    it('never creates a vote for an id it does not know', async () => {
      expect(await store.addDetails(details(randomUUID()))).toBe('missing');
      expect(await store.count()).toBe(0);
    });

    it('does not touch a vote on another page', async () => {
      const v = bareNo();
      await store.addVote(v);
      expect(await store.addDetails(details(v.voteId, { page: '/sonography' }))).toBe('missing');
      expect((await store.rows())[0]?.comment).toBeNull();
    });

    it('refuses reasons for a Yes', async () => {
      const v = vote({ helpful: true, reasons: [], comment: null });
      await store.addVote(v);
      expect(await store.addDetails(details(v.voteId))).toBe('not-a-no');
      expect((await store.rows())[0]).toMatchObject({ reasons: [], comment: null });
    });

    it('refuses changes after the window or once an editor has marked the vote', async () => {
      const old = bareNo();
      await store.addVote(old);
      expect(await store.addDetails(details(old.voteId, { openSince: new Date('2026-11-20T10:00:01Z') }))).toBe(
        'closed',
      );
      const spam = bareNo();
      await store.addVote(spam);
      await store.setStatus(spam.voteId, 'spam');
      expect(await store.addDetails(details(spam.voteId))).toBe('closed');
      expect((await store.rows()).every((r) => r.comment === null)).toBe(true);
    });
  });
});
