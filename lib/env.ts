import { z } from 'zod';

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
  /** Turns the editors' dashboard on; without it /admin answers 404. */
  FEEDBACK_ADMIN_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  /** Secret mixed into the hash of client addresses used for rate limiting; random per process if unset. */
  FEEDBACK_SALT: z.string().min(16).optional(),
  /** Comment text older than this many days is deleted; the vote stays as a count. */
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().positive().default(365),
  /** Votes sent sooner than this after the page loaded are treated as bots (acknowledged, not stored). */
  FEEDBACK_MIN_ELAPSED_MS: z.coerce.number().int().nonnegative().default(2000),
  /** Votes one client may send per ten minutes. */
  FEEDBACK_RATE_LIMIT: z.coerce.number().int().positive().default(20),
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
