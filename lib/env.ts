import { z } from 'zod';

const tokenHint = '`openssl rand -base64 32`';

/** Repeated or sequential characters, or few distinct ones: long but guessable (e.g. "aaaa…", "1234…"). */
export function isWeakToken(token: string): boolean {
  const distinct = new Set(token).size;
  const lower = token.toLowerCase();
  const common = ['password', 'changeme', 'secret', 'token', 'admin', 'editor', '123456', 'qwerty', 'example'];
  return distinct < 12 || common.some((w) => lower.includes(w));
}

// process.env parsed once. Every setting is documented in the README's configuration table.
const envSchema = z.object({
  SITE_URL: z.url().default('http://localhost:3000'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** SQLite file for feedback (the default store). */
  FEEDBACK_DB_PATH: z.string().min(1).default('data/feedback.db'),
  /** PostgreSQL instead of SQLite, for several instances or hosts without a shared disk. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  /** Turns the editors' dashboard on; without it /admin answers 404. A random secret of 32+ characters. */
  FEEDBACK_ADMIN_TOKEN: z
    .string()
    .min(32, `use at least 32 characters; generate one with ${tokenHint}`)
    .refine((t) => !isWeakToken(t), `this token is too easy to guess; generate one with ${tokenHint}`)
    .optional(),
  /** Secret mixed into the hash of client addresses used for rate limiting; random per process if unset. */
  FEEDBACK_SALT: z.string().min(16).optional(),
  /** Comment text older than this many days is deleted; the vote stays as a count. */
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().positive().default(365),
  /** Votes sent sooner than this after the page loaded are treated as bots (acknowledged, not stored). */
  FEEDBACK_MIN_ELAPSED_MS: z.coerce.number().int().nonnegative().default(2000),
  /** Votes one client may send per ten minutes. */
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  /** Votes stored per article per minute, from everyone together: no address trick lifts it. */
  FEEDBACK_PAGE_VOTES_PER_MINUTE: z.coerce.number().int().positive().default(60),
  /** Votes stored per minute on the whole site, from everyone together. */
  FEEDBACK_VOTES_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /**
   * Proxies in front of the server that append the client's address to X-Forwarded-For. 0: no
   * proxy, forwarded headers are ignored and the address is the connection's. N: the address N
   * entries from the right of X-Forwarded-For (the start wrapper appends the connection's address).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type Env = z.infer<typeof envSchema>;

/** Every variable the schema reads; docs/deployment.md lists the same set (a test compares them). */
export const envVariableNames = Object.keys(envSchema.shape) as (keyof Env)[];

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (FOO=) means "not set", as in most shells and .env files.
  const set = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(set);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  • ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
