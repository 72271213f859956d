import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, FeedbackTable } from '../db';
import { feedbackReasons, type FeedbackReason } from './reasons';

export type FeedbackStatus = 'new' | 'reviewed' | 'spam';

export type NewVote = {
  voteId: string;
  page: string;
  helpful: boolean;
  reasons: FeedbackReason[];
  comment: string | null;
  createdAt: Date;
};

/** Reasons and a comment for a No already stored (the follow-up to a vote). */
export type VoteDetails = {
  voteId: string;
  page: string;
  reasons: FeedbackReason[];
  comment: string | null;
  /** Votes stored before this time can no longer be changed. */
  openSince: Date;
};

/**
 * What a follow-up did: `updated` (also when it repeats one already applied), `missing` (no vote
 * with this id on this page), `not-a-no` (a Yes takes no reasons), `closed` (too old, or an editor
 * has already reviewed it or marked it spam).
 */
export type DetailsResult = 'updated' | 'missing' | 'not-a-no' | 'closed';

export type FeedbackFilter = {
  /** Only these pages (e.g. the articles of one topic). */
  pages?: string[];
  /** Inclusive dates, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
};

export type PageSummary = {
  page: string;
  votes: number;
  yes: number;
  no: number;
  views: number;
  reasons: Record<FeedbackReason, number>;
};

export type FeedbackRow = {
  voteId: string;
  page: string;
  helpful: boolean;
  reasons: FeedbackReason[];
  comment: string | null;
  status: FeedbackStatus;
  createdAt: string;
};

const emptyReasons = () => Object.fromEntries(feedbackReasons.map((r) => [r.id, 0])) as Record<FeedbackReason, number>;

function parseReasons(json: string): FeedbackReason[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value.filter((v) => typeof v === 'string') as FeedbackReason[]) : [];
  } catch {
    return [];
  }
}

function toRow(r: Selectable<FeedbackTable>): FeedbackRow {
  return {
    voteId: r.vote_id,
    page: r.page,
    helpful: r.helpful === 1,
    reasons: parseReasons(r.reasons),
    comment: r.comment,
    status: r.status as FeedbackStatus,
    createdAt: r.created_at,
  };
}

/** The one place that reads and writes feedback, whichever database is behind it. */
export class FeedbackStore {
  constructor(readonly db: Kysely<Database>) {}

  /** Stores a vote once: a retry with the same vote id changes nothing. Returns false for a duplicate. */
  async addVote(vote: NewVote): Promise<boolean> {
    const result = await this.db
      .insertInto('feedback')
      .values({
        vote_id: vote.voteId,
        page: vote.page,
        helpful: vote.helpful ? 1 : 0,
        reasons: JSON.stringify(vote.reasons),
        comment: vote.comment,
        status: 'new',
        created_at: vote.createdAt.toISOString(),
      })
      .onConflict((oc) => oc.column('vote_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * Sets the reasons and comment of a stored No. An UPDATE by vote id and page: it can never add
   * a vote, and sending the same details again leaves the row as it was.
   */
  async addDetails(details: VoteDetails): Promise<DetailsResult> {
    // One order for the same set of reasons, so a repeat writes exactly the same row.
    const reasons = feedbackReasons.map((r) => r.id).filter((id) => details.reasons.includes(id));
    const result = await this.db
      .updateTable('feedback')
      .set({ reasons: JSON.stringify(reasons), comment: details.comment })
      .where('vote_id', '=', details.voteId)
      .where('page', '=', details.page)
      .where('helpful', '=', 0)
      .where('status', '=', 'new')
      .where('created_at', '>=', details.openSince.toISOString())
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return 'updated';
    const row = await this.db
      .selectFrom('feedback')
      .select(['helpful'])
      .where('vote_id', '=', details.voteId)
      .where('page', '=', details.page)
      .executeTakeFirst();
    if (!row) return 'missing';
    return Number(row.helpful) === 0 ? 'closed' : 'not-a-no';
  }

  /** Counts one view of a page on a day: no cookie, no address, just a number per page per day. */
  async addView(page: string, day: string): Promise<void> {
    await this.db
      .insertInto('page_views')
      .values({ page, day, views: 1 })
      .onConflict((oc) => oc.columns(['page', 'day']).doUpdateSet({ views: sql`page_views.views + 1` }))
      .execute();
  }

  private filtered(filter: FeedbackFilter) {
    let query = this.db.selectFrom('feedback');
    if (filter.pages) query = query.where('page', 'in', filter.pages.length > 0 ? filter.pages : ['']);
    if (filter.from) query = query.where('created_at', '>=', `${filter.from}T00:00:00.000Z`);
    if (filter.to) query = query.where('created_at', '<=', `${filter.to}T23:59:59.999Z`);
    return query;
  }

  /**
   * Votes, helpful share, reasons and views per page, for the pages and dates asked for. Counted in
   * SQL (one row per page comes back), so a million votes cost the database, not this process.
   */
  async summary(filter: FeedbackFilter = {}): Promise<PageSummary[]> {
    const reasonColumns = feedbackReasons.map((r, i) =>
      // Reasons are stored as a JSON array of fixed ids, so the quoted id only matches itself.
      sql<number>`sum(case when reasons like ${`%"${r.id}"%`} then 1 else 0 end)`.as(`r${i}`),
    );
    const rows = await this.filtered(filter)
      .select(['page', sql<number>`count(*)`.as('votes'), sql<number>`sum(helpful)`.as('yes'), ...reasonColumns])
      .where('status', '!=', 'spam')
      .groupBy('page')
      .execute();
    const byPage = new Map<string, PageSummary>();
    for (const row of rows) {
      const cells = row as unknown as Record<string, number | string>;
      const reasons = emptyReasons();
      feedbackReasons.forEach((r, i) => (reasons[r.id] = Number(cells[`r${i}`] ?? 0)));
      const votes = Number(row.votes);
      const yes = Number(row.yes ?? 0);
      byPage.set(row.page, { page: row.page, votes, yes, no: votes - yes, views: 0, reasons });
    }
    let views = this.db
      .selectFrom('page_views')
      .select(['page', sql<number>`sum(views)`.as('views')])
      .groupBy('page');
    if (filter.pages) views = views.where('page', 'in', filter.pages.length > 0 ? filter.pages : ['']);
    if (filter.from) views = views.where('day', '>=', filter.from);
    if (filter.to) views = views.where('day', '<=', filter.to);
    for (const row of await views.execute()) {
      const s = byPage.get(row.page) ?? { page: row.page, votes: 0, yes: 0, no: 0, views: 0, reasons: emptyReasons() };
      s.views = Number(row.views);
      byPage.set(row.page, s);
    }
    return [...byPage.values()].sort((a, b) => b.no - a.no || b.votes - a.votes || a.page.localeCompare(b.page));
  }

  /** Every vote matching the filter, newest first (for comments and the CSV export). */
  async rows(filter: FeedbackFilter = {}, options: { withCommentOnly?: boolean; limit?: number } = {}) {
    let query = this.filtered(filter).selectAll().orderBy('created_at', 'desc').orderBy('vote_id', 'desc');
    if (options.withCommentOnly) query = query.where('comment', 'is not', null);
    if (options.limit) query = query.limit(options.limit);
    return (await query.execute()).map(toRow);
  }

  /**
   * The same rows as rows(), newest first, fetched a batch at a time (keyset pagination), so the
   * CSV export of a million votes never holds more than one batch in memory.
   */
  async *rowBatches(filter: FeedbackFilter = {}, batchSize = 2000): AsyncGenerator<FeedbackRow[]> {
    let after: { createdAt: string; voteId: string } | null = null;
    for (;;) {
      let query = this.filtered(filter)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('vote_id', 'desc')
        .limit(batchSize);
      if (after) {
        // A row-value comparison walks the (created_at, vote_id) index backwards from the last row.
        const { createdAt, voteId } = after;
        query = query.where((eb) => eb(eb.refTuple('created_at', 'vote_id'), '<', eb.tuple(createdAt, voteId)));
      }
      const batch = (await query.execute()).map(toRow);
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) return;
      const last = batch[batch.length - 1]!;
      after = { createdAt: last.createdAt, voteId: last.voteId };
    }
  }

  async setStatus(voteId: string, status: FeedbackStatus): Promise<boolean> {
    const result = await this.db
      .updateTable('feedback')
      .set({ status })
      .where('vote_id', '=', voteId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deletes the text of comments older than the cut-off; the vote itself stays as a count. */
  async purgeComments(olderThan: Date): Promise<number> {
    const result = await this.db
      .updateTable('feedback')
      .set({ comment: null })
      .where('created_at', '<', olderThan.toISOString())
      .where('comment', 'is not', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Throws when the database cannot answer; reads one row at most. */
  async ping(): Promise<void> {
    await this.db.selectFrom('feedback').select('vote_id').limit(1).execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('feedback')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
