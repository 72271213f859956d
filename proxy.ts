import { NextResponse, type NextRequest } from 'next/server';
import { parsePicks, pickParam } from '@/lib/compare/picks';
import { picksProblemPage } from '@/lib/compare/problem-page';
import { env } from '@/lib/env';
import { safeEqual, suppliedToken } from '@/lib/feedback/admin-auth';
import { clientAddress, clientKey } from '@/lib/feedback/client-key';
import { getFeedbackContext } from '@/lib/feedback/context';
import { storeDownMessage, unavailablePage } from '@/lib/feedback/unavailable';
import { getLimits, signInFailuresOverall, signInFailuresPerClient, type Limits } from '@/lib/feedback/limits';

// Guards the editors' dashboard and its API. Off (404) without FEEDBACK_ADMIN_TOKEN.
// Also lets a CDN share /search results (the page is rendered per request, and a page cannot set
// its own headers): Next keeps a Cache-Control set here instead of its no-store (issue 13).
// And keeps /compare static: only an address with picks goes to the per-request page (issue 15).
export const config = { matcher: ['/admin/:path*', '/api/admin/:path*', '/search', '/compare'] };

/**
 * /compare?pick=…: the picks live in the address, and the page that reads them is rendered per
 * request under another path; 400 with a page in words when the picks cannot be shown.
 */
function comparePicks(request: NextRequest): NextResponse {
  const picks = request.nextUrl.searchParams.getAll(pickParam);
  if (picks.length === 0) return NextResponse.next();
  const result = parsePicks(picks);
  // A rewrite keeps the page's 200, so a choice that cannot be shown gets its own small 400 page.
  if (!result.ok) {
    return new NextResponse(picksProblemPage(result.message, result.raw), {
      status: 400,
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore },
    });
  }
  const url = request.nextUrl.clone();
  url.pathname = '/compare/picked';
  return NextResponse.rewrite(url);
}

/** Search results are the same for everyone (no cookies, no personal data): a shared cache may keep them a minute. */
export const searchCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

const noStore = { 'Cache-Control': 'no-store' };

function unavailable(): Response {
  return unavailablePage('The editors’ sign-in is unavailable just now. Please try again in a minute.');
}

function tooMany(msBeforeNext: number): NextResponse {
  return new NextResponse('Too many failed sign-ins. Try again later.', {
    status: 429,
    headers: { 'Retry-After': String(Math.max(1, Math.ceil(msBeforeNext / 1000))), ...noStore },
  });
}

export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/compare') return comparePicks(request);
  if (request.nextUrl.pathname === '/search') {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', searchCacheControl);
    return response;
  }
  const token = env.FEEDBACK_ADMIN_TOKEN;
  if (!token) return new NextResponse('Not found', { status: 404, headers: noStore });

  let limits: Limits;
  try {
    limits = await getLimits();
  } catch (error) {
    console.error('admin: the sign-in counters are unavailable', error);
    return unavailable();
  }
  const key = clientKey(clientAddress(request.headers, env.TRUSTED_PROXY_HOPS), limits.salt);
  try {
    // Per address, and for everyone together: rotating addresses cannot lift the overall cap.
    const [own, all] = await Promise.all([limits.signIn.get(key), limits.signInAll.get('all')]);
    if (all && all.consumedPoints >= signInFailuresOverall) return tooMany(all.msBeforeNext);
    if (own && own.consumedPoints >= signInFailuresPerClient) return tooMany(own.msBeforeNext);

    const supplied = suppliedToken(request.headers.get('authorization'));
    if (supplied === null || !safeEqual(supplied, token)) {
      if (supplied !== null) {
        await Promise.all([limits.signIn.penalty(key), limits.signInAll.penalty('all')]);
      }
      return new NextResponse('Sign in with the editors’ token to see feedback.', {
        status: 401,
        headers: { 'WWW-Authenticate': 'Basic realm="Imaging Careers editors", charset="UTF-8"', ...noStore },
      });
    }
  } catch (error) {
    console.error('admin: the sign-in counters are unavailable', error);
    return unavailable();
  }

  // The dashboard is a page: a store that cannot open would make it a bare 500. Check first.
  if (request.nextUrl.pathname.startsWith('/admin/')) {
    try {
      const { store } = await getFeedbackContext();
      await store.ping();
    } catch (error) {
      console.error('admin: the feedback store is unavailable', error);
      return unavailablePage(storeDownMessage);
    }
  }

  const response = NextResponse.next();
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  return response;
}
