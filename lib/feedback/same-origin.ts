/**
 * True when a request's Origin is this site: the host the browser addressed (Host, or
 * X-Forwarded-Host behind a proxy) or one of the configured origins. No Origin header (old
 * browsers, non-browser clients) is allowed; the opaque "null" origin is not.
 */
export function isSameOrigin(headers: Headers, allowedOrigins: string[] = []): boolean {
  const origin = headers.get('origin');
  if (origin === null) return true;
  if (allowedOrigins.includes(origin)) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return host !== null && originHost === host;
}
