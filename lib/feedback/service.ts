import { randomUUID } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientAddress, clientKey } from './client-key';
import { take } from './limits';
import { isSameOrigin } from './same-origin';
import { issueStamp, stampAge } from './form-stamp';
import { feedbackReasons, privacyLine } from './reasons';
import {
  feedbackDetailsSchema,
  feedbackSchema,
  formToInput,
  isDetailsStep,
  maxCommentLength,
  type FeedbackDetailsInput,
  type FeedbackInput,
} from './schema';
import { scrubComment } from './scrub';
import type { FeedbackStore } from './store';

export const maxBodyBytes = 8 * 1024;

/** How long after a No its reasons and comment may still be added or changed. */
export const detailsWindowMs = 60 * 60 * 1000;

export type FeedbackContext = {
  store: FeedbackStore;
  /** Pages that show the widget (lib/feedback/pages.ts): the only pages a vote may be about. */
  isPublishedPage: (path: string) => boolean;
  /** Votes per client address. */
  limiter: RateLimiterAbstract;
  /** Votes stored per page, and overall, whoever sends them: caps no address trick can lift. */
  pageLimiter: RateLimiterAbstract;
  siteLimiter: RateLimiterAbstract;
  salt: string;
  /** Signs the no-JavaScript form's time stamp. */
  formKey: string;
  /** Proxies in front that append to X-Forwarded-For (TRUSTED_PROXY_HOPS). */
  trustedHops: number;
  minElapsedMs: number;
  /** Origins allowed to post (this site's own). */
  allowedOrigins: string[];
  now?: () => Date;
};

type Kind = 'json' | 'form';

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A person who posted the plain form sees a page in words, never JSON. */
function htmlProblem(status: number, message: string, back: string | null, headers: Record<string, string> = {}) {
  const link = back ? `<p><a href="${escapeHtml(back)}#feedback">Go back to the page</a></p>` : '';
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your feedback was not sent</title></head><body><main><h1>Your feedback was not sent</h1><p>${escapeHtml(message)}</p>${link}</main></body></html>`;
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

function problem(
  kind: Kind | null,
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  back: string | null = null,
  headers: Record<string, string> = {},
) {
  return kind === 'form'
    ? htmlProblem(status, message, back, headers)
    : json(status, { error: message, ...extra }, headers);
}

/** The no-JavaScript form's second step: the same answer, a signed time, one button. */
function confirmationPage(input: FeedbackInput, voteId: string, stamp: string): Response {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const fields = [
    hidden('page', input.page),
    hidden('helpful', input.helpful),
    ...input.reasons.map((r) => hidden('reasons', r)),
    input.comment ? hidden('comment', input.comment) : '',
    hidden('voteId', voteId),
    hidden('stamp', stamp),
  ].join('');
  const answer = input.helpful === 'yes' ? 'Yes, the page helped.' : 'No, the page did not help.';
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Send your feedback</title></head><body><main><h1>Send your feedback</h1><p>Your answer: ${escapeHtml(answer)}</p><form method="post" action="/api/feedback">${fields}<button type="submit">Send feedback</button></form><p><a href="${escapeHtml(input.page)}#feedback">Go back to the page without sending</a></p></main></body></html>`;
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * The no-JavaScript answer to a stored No: it is counted already; this form can add reasons and a
 * comment to that same vote (its id is in the form), or the reader can go back without them.
 */
function detailsPage(page: string, voteId: string): Response {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  const reasons = feedbackReasons
    .map((r) => `<li><label><input type="checkbox" name="reasons" value="${r.id}"> ${escapeHtml(r.label)}</label></li>`)
    .join('');
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tell us what was wrong</title></head><body><main id="feedback"><h1>Thank you: your answer is counted</h1><p>Your answer: No, the page did not help. It is saved. If you like, tell us what was wrong.</p><form method="post" action="/api/feedback">${hidden('step', 'details')}${hidden('page', page)}${hidden('voteId', voteId)}<fieldset><legend>What was wrong? Tick any that apply.</legend><ul>${reasons}</ul></fieldset><p><label for="feedback-comment">Anything else? (optional)</label><br><textarea id="feedback-comment" name="comment" maxlength="${maxCommentLength}" rows="4" cols="40" aria-describedby="feedback-privacy"></textarea></p><p id="feedback-privacy">${escapeHtml(privacyLine)}</p><div hidden><label>Leave this field empty <input type="text" name="website" tabindex="-1" autocomplete="off"></label></div><p><button type="submit">Send</button></p></form><p><a href="${escapeHtml(page)}#feedback-thanks">Skip this and go back to the page</a></p></main></body></html>`;
  return new Response(body, {
    status: 201,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function kindOf(contentType: string | null): Kind | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

/** 503 when the store cannot even open: a page in words for the plain form, JSON for the widget. */
export function storeUnavailable(request: Request): Response {
  return problem(
    kindOf(request.headers.get('content-type')),
    503,
    'We could not save your feedback just now. Please try again in a minute.',
    {},
    null,
    { 'Retry-After': '60' },
  );
}

/** Reads at most `limit` bytes of the body; null when it is longer. */
export async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/**
 * POST /api/feedback. Every answer a client can cause is a 2xx, 3xx or 4xx with words; a broken
 * database is a 503. A vote is acknowledged only after it is committed.
 */
export async function handleFeedback(request: Request, ctx: FeedbackContext): Promise<Response> {
  const kind = kindOf(request.headers.get('content-type'));
  if (!kind) {
    return json(415, {
      error: 'Send the feedback as application/json or as a form (application/x-www-form-urlencoded).',
    });
  }

  if (!isSameOrigin(request.headers, ctx.allowedOrigins)) {
    return problem(kind, 403, 'Feedback can only be sent from this site.');
  }

  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBodyBytes)
    return problem(kind, 413, `The feedback is too large: the limit is ${maxBodyBytes} bytes.`);

  const unavailable = (back: string | null) =>
    problem(kind, 503, 'We could not save your feedback just now. Please try again in a minute.', {}, back, {
      'Retry-After': '60',
    });
  const tooMany = (retryAfter: number, message: string) =>
    problem(kind, 429, message, {}, null, { 'Retry-After': String(retryAfter) });

  const key = clientKey(clientAddress(request.headers, ctx.trustedHops), ctx.salt);
  const own = await take(ctx.limiter, key);
  if (!own.ok) {
    if ('error' in own) {
      console.error('feedback: rate-limit store unavailable', own.error);
      return unavailable(null);
    }
    return tooMany(own.retryAfter, 'Too much feedback from this connection. Please try again later.');
  }

  const text = await readLimited(request, maxBodyBytes);
  if (text === null) return problem(kind, 413, `The feedback is too large: the limit is ${maxBodyBytes} bytes.`);

  let raw: unknown;
  if (kind === 'json') {
    try {
      raw = JSON.parse(text);
    } catch {
      return json(400, { error: 'The request body is not valid JSON.' });
    }
  } else {
    raw = formToInput(new URLSearchParams(text));
  }

  const back =
    kind === 'form' && typeof (raw as { page?: unknown }).page === 'string' ? (raw as { page: string }).page : null;
  const invalid = (error: { issues: { path: PropertyKey[]; message: string }[] }) => {
    const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    const words = issues.map((i) => `${i.path || 'body'}: ${i.message}`).join('; ');
    return problem(
      kind,
      422,
      `The feedback is not valid: ${words}`,
      { issues },
      back && ctx.isPublishedPage(back) ? back : null,
    );
  };
  const notAPage = (page: string) =>
    problem(kind, 422, `There is no page at ${page} that takes feedback.`, {
      issues: [{ path: 'page', message: 'must be a page of this site that shows the feedback widget' }],
    });

  // Caps on what is stored, whoever sends it: a flood from many addresses still stops here.
  const caps = async (page: string): Promise<Response | null> => {
    for (const [limiter, capKey] of [
      [ctx.pageLimiter, page],
      [ctx.siteLimiter, 'site'],
    ] as const) {
      const verdict = await take(limiter, capKey);
      if (verdict.ok) continue;
      if ('error' in verdict) {
        console.error('feedback: rate-limit store unavailable', verdict.error);
        return unavailable(kind === 'form' ? page : null);
      }
      return tooMany(
        verdict.retryAfter,
        'This site is receiving a lot of feedback just now. Please try again in a minute.',
      );
    }
    return null;
  };

  if (isDetailsStep(raw)) {
    const parsed = feedbackDetailsSchema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error);
    if (!ctx.isPublishedPage(parsed.data.page)) return notAPage(parsed.data.page);
    return addDetails(parsed.data, kind, ctx, { caps, unavailable });
  }

  const parsed = feedbackSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  if (!ctx.isPublishedPage(input.page)) return notAPage(input.page);

  const thanks = (stored: boolean) =>
    kind === 'form'
      ? new Response(null, {
          status: 303,
          headers: { Location: `${input.page}#feedback-thanks`, 'Cache-Control': 'no-store' },
        })
      : json(201, { ok: true, stored });

  // Bots fill the hidden field or answer faster than a person can read. Thank them; store nothing.
  if ((input.website ?? '') !== '') return thanks(false);
  if (kind === 'json') {
    // The widget always says how long the reader spent on the page; a script that leaves it out
    // would otherwise skip the too-fast check.
    if (input.elapsedMs === undefined) {
      return json(422, {
        error: 'The feedback is not valid: elapsedMs: required',
        issues: [{ path: 'elapsedMs', message: 'required' }],
      });
    }
    if (input.elapsedMs < ctx.minElapsedMs) return thanks(false);
  } else {
    // The plain form cannot time itself (the page is static): the server shows a confirmation
    // with a signed time and counts from there. Without a valid stamp, or sent back sooner than a
    // person reads, the confirmation is shown (again); nothing is stored.
    const now = ctx.now?.() ?? new Date();
    const age = stampAge(ctx.formKey, input.stamp, input.page, now);
    if (age === null || age < ctx.minElapsedMs) {
      return confirmationPage(input, input.voteId ?? randomUUID(), issueStamp(ctx.formKey, input.page, now));
    }
  }

  const capped = await caps(input.page);
  if (capped) return capped;

  const voteId = input.voteId ?? randomUUID();
  const comment = input.helpful === 'no' && input.comment ? scrubComment(input.comment) : '';
  try {
    await ctx.store.addVote({
      voteId,
      page: input.page,
      helpful: input.helpful === 'yes',
      reasons: input.helpful === 'no' ? input.reasons : [],
      comment: comment === '' ? null : comment,
      createdAt: ctx.now?.() ?? new Date(),
    });
  } catch (error) {
    console.error('feedback: could not store a vote', error);
    return unavailable(input.page);
  }
  // A plain-form No is counted now; the reasons come after, on a form that names this vote.
  if (kind === 'form' && input.helpful === 'no' && input.reasons.length === 0 && !input.comment) {
    return detailsPage(input.page, voteId);
  }
  return thanks(true);
}

/**
 * The follow-up to a stored No: reasons and a comment for that vote (same id, same page). It passes
 * the same per-client limit, caps and comment scrubbing as a vote, and only ever updates a row.
 */
async function addDetails(
  input: FeedbackDetailsInput,
  kind: Kind,
  ctx: FeedbackContext,
  guards: {
    caps: (page: string) => Promise<Response | null>;
    unavailable: (back: string | null) => Response;
  },
): Promise<Response> {
  const done = (updated: boolean) =>
    kind === 'form'
      ? new Response(null, {
          status: 303,
          headers: { Location: `${input.page}#feedback-thanks`, 'Cache-Control': 'no-store' },
        })
      : json(200, { ok: true, updated });
  if ((input.website ?? '') !== '') return done(false);

  const capped = await guards.caps(input.page);
  if (capped) return capped;

  const comment = input.comment ? scrubComment(input.comment) : '';
  const now = ctx.now?.() ?? new Date();
  let result;
  try {
    result = await ctx.store.addDetails({
      voteId: input.voteId,
      page: input.page,
      reasons: input.reasons,
      comment: comment === '' ? null : comment,
      openSince: new Date(now.getTime() - detailsWindowMs),
    });
  } catch (error) {
    console.error('feedback: could not store the details of a vote', error);
    return guards.unavailable(input.page);
  }
  switch (result) {
    case 'updated':
      return done(true);
    case 'missing':
      return problem(kind, 404, 'There is no answer with this id on this page to add to.', {}, input.page);
    case 'not-a-no':
      return problem(kind, 409, 'Reasons and comments go with a No answer; this answer was Yes.', {}, input.page);
    case 'closed':
      return problem(
        kind,
        409,
        'This answer can no longer be changed. Thank you: it is counted as it was.',
        {},
        input.page,
      );
  }
}
