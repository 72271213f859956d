import { NextResponse, type NextRequest } from 'next/server';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { safeEqual, suppliedToken } from '@/lib/feedback/admin-auth';
import { clientAddress, clientKey } from '@/lib/feedback/client-key';

// Guards the editors' dashboard and its API. Off (404) without FEEDBACK_ADMIN_TOKEN.
// Also lets a CDN share /search results (the page is rendered per request, and a page cannot set
// its own headers): Next keeps a Cache-Control set here instead of its no-store (issue 13).
export const config = { matcher: ['/admin/:path*', '/api/admin/:path*', '/search'] };

/** Search results are the same for everyone (no cookies, no personal data): a shared cache may keep them a minute. */
export const searchCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

const maxFailures = 10;
const failures = new RateLimiterMemory({ points: maxFailures, duration: 15 * 60 });
const salt = env.FEEDBACK_SALT ?? crypto.randomUUID();

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/search') {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', searchCacheControl);
    return response;
  }
  const token = env.FEEDBACK_ADMIN_TOKEN;
  if (!token) return new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

  const key = clientKey(clientAddress(request.headers), salt);
  const record = await failures.get(key);
  if (record && record.consumedPoints >= maxFailures) {
    return new NextResponse('Too many failed sign-ins. Try again later.', {
      status: 429,
      headers: { 'Retry-After': String(Math.ceil(record.msBeforeNext / 1000)), 'Cache-Control': 'no-store' },
    });
  }

  const supplied = suppliedToken(request.headers.get('authorization'));
  if (supplied === null || !safeEqual(supplied, token)) {
    if (supplied !== null) await failures.consume(key).catch(() => undefined);
    return new NextResponse('Sign in with the editors’ token to see feedback.', {
      status: 401,
      headers: {
        'WWW-Authenticate': 'Basic realm="Imaging Careers editors", charset="UTF-8"',
        'Cache-Control': 'no-store',
      },
    });
  }

  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}
