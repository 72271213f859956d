import { NextResponse, type NextRequest } from 'next/server';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { safeEqual, suppliedToken } from '@/lib/feedback/admin-auth';
import { clientAddress, clientKey } from '@/lib/feedback/client-key';

// Guards the editors' dashboard and its API. Off (404) without FEEDBACK_ADMIN_TOKEN.
export const config = { matcher: ['/admin/:path*', '/api/admin/:path*'] };

const maxFailures = 10;
const failures = new RateLimiterMemory({ points: maxFailures, duration: 15 * 60 });
const salt = env.FEEDBACK_SALT ?? crypto.randomUUID();

export async function proxy(request: NextRequest) {
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
