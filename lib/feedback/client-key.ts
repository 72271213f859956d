import { createHash } from 'node:crypto';

/** A salted hash of the client's address: enough to rate-limit, never stored, not reversible without the salt. */
export function clientKey(address: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${address}`).digest('base64url').slice(0, 32);
}

/** The client address as the proxy in front of Next.js reports it. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
