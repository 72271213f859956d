import { createHmac } from 'node:crypto';
import { safeEqual } from './admin-auth';

/** A stamp older than this is asked for again (the reader left the page open for hours). */
export const maxStampAgeMs = 60 * 60 * 1000;

function mac(key: string, issuedMs: number, page: string): string {
  return createHmac('sha256', key).update(`${issuedMs}:${page}`).digest('base64url');
}

/**
 * A signed time for the no-JavaScript form: the server writes it into the form it shows, and on
 * the next post knows how long the reader took. Bound to the page; the client cannot forge one.
 */
export function issueStamp(key: string, page: string, now: Date): string {
  const issuedMs = now.getTime();
  return `${issuedMs}.${mac(key, issuedMs, page)}`;
}

/** Milliseconds since a valid stamp for this page was issued; null when forged, malformed or expired. */
export function stampAge(key: string, stamp: string | undefined, page: string, now: Date): number | null {
  const [issued, signature] = (stamp ?? '').split('.', 2);
  const issuedMs = Number(issued);
  if (!signature || !Number.isSafeInteger(issuedMs)) return null;
  if (!safeEqual(signature, mac(key, issuedMs, page))) return null;
  const age = now.getTime() - issuedMs;
  return age >= 0 && age <= maxStampAgeMs ? age : null;
}
