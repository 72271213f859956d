import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientAddress, clientKey } from './client-key';
import type { FeedbackStore } from './store';

export type ViewContext = {
  store: FeedbackStore;
  isPublishedPage: (path: string) => boolean;
  viewLimiter: RateLimiterAbstract;
  salt: string;
  now?: () => Date;
};

/**
 * POST /api/views: the widget's beacon, one per article view. The body is the page path as plain
 * text. No cookie is read or set and nothing about the reader is stored.
 */
export async function handleView(request: Request, ctx: ViewContext): Promise<Response> {
  const text = (await request.text()).trim();
  if (text.length > 200) return new Response('Page path too long.', { status: 413 });
  if (!ctx.isPublishedPage(text)) return new Response('Not a published article.', { status: 422 });
  try {
    await ctx.viewLimiter.consume(clientKey(clientAddress(request.headers), ctx.salt));
  } catch {
    return new Response(null, { status: 429, headers: { 'Retry-After': '60' } });
  }
  await ctx.store.addView(text, (ctx.now?.() ?? new Date()).toISOString().slice(0, 10));
  return new Response(null, { status: 204 });
}
