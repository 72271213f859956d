import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientAddress, clientKey } from './client-key';
import { take } from './limits';
import { isSameOrigin } from './same-origin';
import { readLimited } from './service';
import type { FeedbackStore } from './store';

/** A page path is at most 200 characters; a little room for a charset or whitespace. */
export const maxViewBodyBytes = 256;

export type ViewContext = {
  store: FeedbackStore;
  isPublishedPage: (path: string) => boolean;
  viewLimiter: RateLimiterAbstract;
  salt: string;
  trustedHops: number;
  allowedOrigins: string[];
  now?: () => Date;
};

function answer(status: number, text: string | null, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * POST /api/views: the widget's beacon, one per page view. The body is the page path as plain
 * text. No cookie is read or set and nothing about the reader is stored. Cheap checks come first:
 * the type, the origin and the rate limit, then at most a few hundred bytes of body.
 */
export async function handleView(request: Request, ctx: ViewContext): Promise<Response> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/plain') return answer(415, 'Send the page path as text/plain.');
  if (!isSameOrigin(request.headers, ctx.allowedOrigins))
    return answer(403, 'Views can only be counted from this site.');
  if (Number(request.headers.get('content-length') ?? '0') > maxViewBodyBytes)
    return answer(413, 'Page path too long.');
  const verdict = await take(ctx.viewLimiter, clientKey(clientAddress(request.headers, ctx.trustedHops), ctx.salt));
  if (!verdict.ok) {
    if ('error' in verdict) throw verdict.error;
    return answer(429, null, { 'Retry-After': String(verdict.retryAfter) });
  }
  const text = await readLimited(request, maxViewBodyBytes);
  if (text === null) return answer(413, 'Page path too long.');
  const page = text.trim();
  if (!ctx.isPublishedPage(page)) return answer(422, 'Not a page that counts views.');
  await ctx.store.addView(page, (ctx.now?.() ?? new Date()).toISOString().slice(0, 10));
  return answer(204, null);
}
