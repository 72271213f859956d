import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb, migrate } from '../db';
import { handleFeedback, storeUnavailable, type FeedbackContext } from './service';
import { FeedbackStore } from './store';

const tmp = mkdtempSync(path.join(tmpdir(), 'feedback-service-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let ctx: FeedbackContext;

beforeEach(async () => {
  const store = new FeedbackStore(createDb({ kind: 'sqlite', path: path.join(tmp, `${randomUUID()}.db`) }));
  await migrate(store.db);
  ctx = {
    store,
    isPublishedPage: (p) => p === '/radiography',
    limiter: new RateLimiterMemory({ points: 5, duration: 600 }),
    pageLimiter: new RateLimiterMemory({ points: 1000, duration: 60 }),
    siteLimiter: new RateLimiterMemory({ points: 1000, duration: 60 }),
    salt: 'test-salt-test-salt',
    formKey: 'test-form-key',
    trustedHops: 0,
    minElapsedMs: 2000,
    allowedOrigins: ['https://imaging.example'],
  };
  return () => store.close();
});

function post(body: string, headers: Record<string, string> = {}) {
  return new Request('http://localhost:3000/api/feedback', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': '203.0.113.9',
      host: 'localhost:3000',
      ...headers,
    },
  });
}
const vote = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    page: '/radiography',
    helpful: 'no',
    reasons: ['other'],
    elapsedMs: 9000,
    voteId: randomUUID(),
    ...extra,
  });

describe('POST /api/feedback', () => {
  it('stores a valid JSON vote and answers 201', async () => {
    const response = await handleFeedback(post(vote()), ctx);
    expect(response.status).toBe(201);
    expect(await ctx.store.count()).toBe(1);
  });

  it('counts a retried request with the same vote id once', async () => {
    const body = vote();
    expect((await handleFeedback(post(body), ctx)).status).toBe(201);
    expect((await handleFeedback(post(body), ctx)).status).toBe(201);
    expect(await ctx.store.count()).toBe(1);
  });

  it('answers a plain form with a confirmation carrying a signed time, then stores it with 303', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    let now = new Date('2026-12-01T10:00:00Z');
    ctx.now = () => now;
    const first = await handleFeedback(post('page=%2Fradiography&helpful=yes&elapsedMs=99999', form), ctx);
    expect(first.status).toBe(200);
    const html = await first.text();
    expect(await ctx.store.count()).toBe(0);
    const fields = new URLSearchParams(
      [...html.matchAll(/name="([a-zA-Z]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as [string, string]),
    );
    expect(fields.get('stamp')).toMatch(/^\d+\./);
    // Sent back at once: a person cannot have read it, so the confirmation comes again.
    now = new Date('2026-12-01T10:00:01Z');
    expect((await handleFeedback(post(fields.toString(), form), ctx)).status).toBe(200);
    // A forged stamp, or one for another page, is not accepted either.
    const forged = new URLSearchParams(fields);
    forged.set('stamp', `${Date.parse('2026-12-01T09:00:00Z')}.forged`);
    now = new Date('2026-12-01T10:00:05Z');
    expect((await handleFeedback(post(forged.toString(), form), ctx)).status).toBe(200);
    expect(await ctx.store.count()).toBe(0);
    const response = await handleFeedback(post(fields.toString(), form), ctx);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/radiography#feedback-thanks');
    expect(await ctx.store.count()).toBe(1);
  });

  it('answers 415 to another content type', async () => {
    expect((await handleFeedback(post('hello', { 'content-type': 'text/plain' }), ctx)).status).toBe(415);
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await handleFeedback(post('{"page":'), ctx);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The request body is not valid JSON.' });
  });

  it('answers 413 to a body over 8 KB', async () => {
    const response = await handleFeedback(post(vote({ comment: 'x'.repeat(9000) })), ctx);
    expect(response.status).toBe(413);
  });

  it('answers 422 with the issues when a field is invalid', async () => {
    const response = await handleFeedback(post(vote({ helpful: 'maybe' })), ctx);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(['helpful']);
  });

  it('answers 422 when the page does not take feedback', async () => {
    const response = await handleFeedback(post(vote({ page: '/no-such-page' })), ctx);
    expect(response.status).toBe(422);
    expect(await ctx.store.count()).toBe(0);
  });

  it('answers 403 when the Origin is another site', async () => {
    expect((await handleFeedback(post(vote(), { origin: 'https://evil.example' }), ctx)).status).toBe(403);
  });

  it('accepts posts from the host the browser addressed', async () => {
    expect((await handleFeedback(post(vote(), { origin: 'http://localhost:3000' }), ctx)).status).toBe(201);
  });

  it('answers 403 to the opaque null origin', async () => {
    expect((await handleFeedback(post(vote(), { origin: 'null' }), ctx)).status).toBe(403);
  });

  it('accepts posts from the site’s configured origin', async () => {
    expect((await handleFeedback(post(vote(), { origin: 'https://imaging.example' }), ctx)).status).toBe(201);
  });

  it('answers 429 with Retry-After once a client sends too many', async () => {
    for (let i = 0; i < 5; i++) await handleFeedback(post(vote()), ctx);
    const response = await handleFeedback(post(vote()), ctx);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts a flood from rotating X-Forwarded-For values as one client (the rightmost entry)', async () => {
    for (let i = 0; i < 5; i++)
      await handleFeedback(post(vote(), { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` }), ctx);
    const response = await handleFeedback(post(vote(), { 'x-forwarded-for': '198.51.100.99, 203.0.113.9' }), ctx);
    expect(response.status).toBe(429);
    expect(await ctx.store.count()).toBe(5);
  });

  it('stops storing at the per-page cap, whichever address sends, with 429 and Retry-After', async () => {
    ctx.limiter = new RateLimiterMemory({ points: 1000, duration: 600 });
    ctx.pageLimiter = new RateLimiterMemory({ points: 3, duration: 60 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await handleFeedback(post(vote(), { 'x-forwarded-for': `198.51.100.${i}` }), ctx)).status);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const refused = await handleFeedback(post(vote(), { 'x-forwarded-for': '198.51.100.77' }), ctx);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await ctx.store.count()).toBe(3);
  });

  it('stops storing at the site-wide cap', async () => {
    ctx.limiter = new RateLimiterMemory({ points: 1000, duration: 600 });
    ctx.siteLimiter = new RateLimiterMemory({ points: 2, duration: 60 });
    for (let i = 0; i < 4; i++) await handleFeedback(post(vote(), { 'x-forwarded-for': `198.51.100.${i}` }), ctx);
    expect(await ctx.store.count()).toBe(2);
  });

  it('refuses a JSON vote without elapsedMs (it would skip the too-fast check)', async () => {
    const response = await handleFeedback(post(vote({ elapsedMs: undefined })), ctx);
    expect(response.status).toBe(422);
    expect(await ctx.store.count()).toBe(0);
  });

  it('answers a plain form with a page in words when the store cannot open', async () => {
    const response = storeUnavailable(
      post('page=%2Fradiography&helpful=yes', { 'content-type': 'application/x-www-form-urlencoded' }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('retry-after')).toBe('60');
  });

  it('thanks a bot that fills the honeypot but stores nothing', async () => {
    expect((await handleFeedback(post(vote({ website: 'http://spam.example' })), ctx)).status).toBe(201);
    expect(await ctx.store.count()).toBe(0);
  });

  it('thanks a vote sent too soon after the page loaded but stores nothing', async () => {
    expect((await handleFeedback(post(vote({ elapsedMs: 300 })), ctx)).status).toBe(201);
    expect(await ctx.store.count()).toBe(0);
  });

  it('removes email addresses and phone numbers before storing a comment', async () => {
    await handleFeedback(post(vote({ comment: 'Mail me at a@b.co or call 555-123-4567' })), ctx);
    expect((await ctx.store.rows())[0]?.comment).toBe('Mail me at [email] or call [phone]');
  });

  it('shows a person who posts an invalid form a page in words, not JSON', async () => {
    const response = await handleFeedback(
      post('page=%2Fradiography&helpful=maybe', { 'content-type': 'application/x-www-form-urlencoded' }),
      ctx,
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('Your feedback was not sent');
  });

  it('answers 503, not 500, when the database is unavailable', async () => {
    await ctx.store.close();
    const response = await handleFeedback(post(vote()), ctx);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
  });
});

describe('the follow-up to a No', () => {
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const bareNo = (voteId: string) => vote({ voteId, reasons: [] });
  const details = (voteId: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      step: 'details',
      page: '/radiography',
      voteId,
      reasons: ['broken-link'],
      comment: 'Mail me at a@b.co',
      elapsedMs: 20000,
      ...extra,
    });
  /** The hidden fields of an HTML form in a response, as a form body (what a browser sends unticked). */
  const formFields = (html: string) =>
    new URLSearchParams(
      [...html.matchAll(/type="hidden" name="([a-zA-Z]+)" value="([^"]*)"/g)].map(
        (m) => [m[1]!, m[2]!] as [string, string],
      ),
    );

  it('counts a No stored on tap even when no reasons follow', async () => {
    expect((await handleFeedback(post(bareNo(randomUUID())), ctx)).status).toBe(201);
    expect((await handleFeedback(post(vote({ helpful: 'yes', reasons: [] })), ctx)).status).toBe(201);
    const [s] = await ctx.store.summary();
    expect(s).toMatchObject({ votes: 2, yes: 1, no: 1 });
  });

  it('updates that same vote with its reasons and a scrubbed comment, and a repeat changes nothing', async () => {
    const id = randomUUID();
    await handleFeedback(post(bareNo(id)), ctx);
    const first = await handleFeedback(post(details(id)), ctx);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, updated: true });
    const after = await ctx.store.rows();
    expect(after).toMatchObject([
      { voteId: id, helpful: false, reasons: ['broken-link'], comment: 'Mail me at [email]' },
    ]);
    expect((await handleFeedback(post(details(id)), ctx)).status).toBe(200);
    expect(await ctx.store.rows()).toEqual(after);
    expect(await ctx.store.count()).toBe(1);
  });

  it('answers 404 to details for a vote id it does not know, and stores nothing', async () => {
    const response = await handleFeedback(post(details(randomUUID())), ctx);
    expect(response.status).toBe(404);
    expect(await ctx.store.count()).toBe(0);
  });

  it('answers 409 to details for a Yes and leaves it alone', async () => {
    const id = randomUUID();
    await handleFeedback(post(vote({ helpful: 'yes', reasons: [], voteId: id })), ctx);
    expect((await handleFeedback(post(details(id)), ctx)).status).toBe(409);
    expect((await ctx.store.rows())[0]).toMatchObject({ helpful: true, reasons: [], comment: null });
  });

  it('answers 409 once the hour for details has passed', async () => {
    const id = randomUUID();
    let now = new Date('2026-12-01T10:00:00Z');
    ctx.now = () => now;
    await handleFeedback(post(bareNo(id)), ctx);
    now = new Date('2026-12-01T11:00:01Z');
    expect((await handleFeedback(post(details(id)), ctx)).status).toBe(409);
  });

  it('answers 422 to details without a vote id, with a bad reason, or with a field it does not take', async () => {
    for (const body of [
      details(randomUUID(), { voteId: undefined }),
      details(randomUUID(), { reasons: ['bogus'] }),
      details(randomUUID(), { helpful: 'yes' }),
      details('not-a-uuid'),
    ]) {
      expect((await handleFeedback(post(body), ctx)).status).toBe(422);
    }
    expect(await ctx.store.count()).toBe(0);
  });

  it('takes details through the same per-client limit and per-page cap as votes', async () => {
    const id = randomUUID();
    ctx.pageLimiter = new RateLimiterMemory({ points: 1, duration: 60 });
    await handleFeedback(post(bareNo(id)), ctx);
    expect((await handleFeedback(post(details(id)), ctx)).status).toBe(429);
    expect((await ctx.store.rows())[0]?.comment).toBeNull();
    ctx.pageLimiter = new RateLimiterMemory({ points: 1000, duration: 60 });
    for (let i = 0; i < 3; i++) await handleFeedback(post(details(id)), ctx);
    // Each request takes one of the client's five points, refused or not: the sixth is refused.
    expect((await handleFeedback(post(details(id)), ctx)).status).toBe(429);
  });

  it('thanks a bot that fills the honeypot in the details but changes nothing', async () => {
    const id = randomUUID();
    await handleFeedback(post(bareNo(id)), ctx);
    expect((await handleFeedback(post(details(id, { website: 'x' })), ctx)).status).toBe(200);
    expect((await ctx.store.rows())[0]?.comment).toBeNull();
  });

  it('answers 503, not 500, to details when the database is unavailable', async () => {
    await ctx.store.close();
    const response = await handleFeedback(post(details(randomUUID())), ctx);
    expect(response.status).toBe(503);
  });

  it('without JavaScript, stores the No on its confirmation and answers with a follow-up form for that vote', async () => {
    let now = new Date('2026-12-01T10:00:00Z');
    ctx.now = () => now;
    const confirm = await handleFeedback(post('page=%2Fradiography&helpful=no', form), ctx);
    expect(confirm.status).toBe(200);
    now = new Date('2026-12-01T10:00:05Z');
    const followUp = await handleFeedback(post(formFields(await confirm.text()).toString(), form), ctx);
    expect(followUp.status).toBe(201);
    expect(followUp.headers.get('content-type')).toContain('text/html');
    const [stored] = await ctx.store.rows();
    expect(stored).toMatchObject({ helpful: false, reasons: [], comment: null });
    const html = await followUp.text();
    expect(html).toContain('href="/radiography#feedback-thanks"');
    const fields = formFields(html);
    expect(fields.get('step')).toBe('details');
    expect(fields.get('voteId')).toBe(stored?.voteId);
    fields.append('reasons', 'state-not-covered');
    fields.set('comment', 'Add Ohio');
    const done = await handleFeedback(post(fields.toString(), form), ctx);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/radiography#feedback-thanks');
    expect(await ctx.store.rows()).toMatchObject([
      { voteId: stored?.voteId, reasons: ['state-not-covered'], comment: 'Add Ohio' },
    ]);
  });

  it('shows a person whose plain-form details name an unknown vote a page in words (404)', async () => {
    const body = new URLSearchParams({ step: 'details', page: '/radiography', voteId: randomUUID() });
    const response = await handleFeedback(post(body.toString(), form), ctx);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
