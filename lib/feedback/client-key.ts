import { createHash } from 'node:crypto';

/** A salted hash of the client's address: enough to rate-limit, never stored, not reversible without the salt. */
export function clientKey(address: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${address}`).digest('base64url').slice(0, 32);
}

/**
 * The client's address. The start wrapper (scripts/start.mjs) appends the connection's own address
 * to X-Forwarded-For and drops X-Real-IP, so the rightmost entry is always the socket's peer and
 * cannot be written by the client. With `trustedHops` proxies in front, each appends the address it
 * saw: the client is that many entries from the right. Entries further left are the client's own
 * words and are never read.
 */
export function clientAddress(headers: Headers, trustedHops: number): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // Fewer entries than trusted hops: a proxy is missing, so fall back to the leftmost we have.
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return chain[index] ?? 'unknown';
}
