import { createHmac } from 'node:crypto';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { createDb, migrate, sharedSecret, type DbConfig } from '../db';
import { env } from '../env';

/** Every counter that guards the feedback API and the editors' sign-in. */
export type Limits = {
  /** Votes per client address per ten minutes. */
  voteClient: RateLimiterAbstract;
  /** Votes stored per page per minute, whoever sends them. */
  votePage: RateLimiterAbstract;
  /** Votes stored per minute on the whole site. */
  voteAll: RateLimiterAbstract;
  /** View beacons per client address per minute. */
  view: RateLimiterAbstract;
  /** Failed editor sign-ins per client address per 15 minutes. */
  signIn: RateLimiterAbstract;
  /** Failed editor sign-ins per 15 minutes from everyone together. */
  signInAll: RateLimiterAbstract;
  /** Mixed into the hash of client addresses; the same on every instance of one database. */
  salt: string;
  /** Signs the no-JavaScript form's time stamp; the same on every instance. */
  formKey: string;
  /** Where the counters live: 'postgres' is shared by every instance, 'memory' is per process. */
  kind: 'postgres' | 'memory';
};

export const signInFailuresPerClient = 10;
export const signInFailuresOverall = 100;
const quarterHour = 15 * 60;

export function dbConfigFromEnv(): DbConfig {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'sqlite', path: env.FEEDBACK_DB_PATH };
}

const settings: Record<Exclude<keyof Limits, 'salt' | 'formKey' | 'kind'>, IRateLimiterOptions> = {
  voteClient: { keyPrefix: 'vote', points: env.FEEDBACK_RATE_LIMIT, duration: 600 },
  votePage: { keyPrefix: 'vote-page', points: env.FEEDBACK_PAGE_VOTES_PER_MINUTE, duration: 60 },
  voteAll: { keyPrefix: 'vote-all', points: env.FEEDBACK_VOTES_PER_MINUTE, duration: 60 },
  view: { keyPrefix: 'view', points: 120, duration: 60 },
  signIn: { keyPrefix: 'sign-in', points: signInFailuresPerClient, duration: quarterHour },
  signInAll: { keyPrefix: 'sign-in-all', points: signInFailuresOverall, duration: quarterHour },
};

function postgresLimiter(pool: pg.Pool, options: IRateLimiterOptions): Promise<RateLimiterPostgres> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      // storeType is explicit: the bundler may rename the Pool class the library looks for.
      { ...options, storeClient: pool, storeType: 'pool', tableName: 'feedback_rate_limits' },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

async function storedSecrets(config: DbConfig): Promise<{ salt: string; formKey: string }> {
  const db = createDb(config);
  try {
    await migrate(db);
    return { salt: await sharedSecret(db, 'client-address-salt'), formKey: await sharedSecret(db, 'form-stamp-key') };
  } finally {
    await db.destroy();
  }
}

function secretsFromSalt(salt: string): { salt: string; formKey: string } {
  return { salt, formKey: createHmac('sha256', salt).update('form-stamp-key').digest('base64url') };
}

async function build(): Promise<Limits> {
  const config = dbConfigFromEnv();
  const { salt, formKey } = env.FEEDBACK_SALT ? secretsFromSalt(env.FEEDBACK_SALT) : await storedSecrets(config);
  let make: (options: IRateLimiterOptions) => Promise<RateLimiterAbstract>;
  if (config.kind === 'postgres') {
    // With several instances on one database, the counters must be shared or every limit is N times larger.
    const pool = new pg.Pool({ connectionString: config.url, max: 4 });
    make = (options) => postgresLimiter(pool, options);
  } else {
    // SQLite means one process on one disk: counters in memory are enough (docs/deployment.md).
    make = async (options) => new RateLimiterMemory(options);
  }
  return {
    voteClient: await make(settings.voteClient),
    votePage: await make(settings.votePage),
    voteAll: await make(settings.voteAll),
    view: await make(settings.view),
    signIn: await make(settings.signIn),
    signInAll: await make(settings.signInAll),
    salt,
    formKey,
    kind: config.kind === 'postgres' ? 'postgres' : 'memory',
  };
}

let ready: Promise<Limits> | undefined;

/** The counters, created on first use. A failed start (database down) is retried next time. */
export function getLimits(): Promise<Limits> {
  ready ??= build().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export type Verdict = { ok: true } | { ok: false; retryAfter: number } | { ok: false; error: unknown };

/** Takes one point; a refusal carries the seconds to wait, a broken store carries its error. */
export async function take(limiter: RateLimiterAbstract, key: string): Promise<Verdict> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (rejection) {
    // A refusal is a RateLimiterRes; anything else (an Error) means the store itself failed.
    if (rejection instanceof RateLimiterRes || (rejection instanceof Object && !(rejection instanceof Error))) {
      const ms = Number((rejection as { msBeforeNext?: unknown }).msBeforeNext) || 60_000;
      return { ok: false, retryAfter: Math.max(1, Math.ceil(ms / 1000)) };
    }
    return { ok: false, error: rejection };
  }
}
