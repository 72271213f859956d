import { randomBytes } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { getAllArticles } from '../content';
import { createDb, migrate, type DbConfig } from '../db';
import { env } from '../env';
import { quizPath } from '../quiz/questions';
import { site } from '../site';
import type { FeedbackContext } from './service';
import { FeedbackStore } from './store';

export function dbConfigFromEnv(): DbConfig {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'sqlite', path: env.FEEDBACK_DB_PATH };
}

const dayMs = 86_400_000;

async function build(): Promise<FeedbackContext & { viewLimiter: RateLimiterMemory }> {
  const store = new FeedbackStore(createDb(dbConfigFromEnv()));
  await migrate(store.db);
  // Retention: comment text older than FEEDBACK_RETENTION_DAYS is deleted now and once a day.
  const purge = () =>
    store
      .purgeComments(new Date(Date.now() - env.FEEDBACK_RETENTION_DAYS * dayMs))
      .catch((error) => console.error('feedback: retention purge failed', error));
  await purge();
  setInterval(purge, dayMs).unref();
  // Articles, and the quiz, whose result page carries the widget too.
  const published = new Set([...getAllArticles().map((a) => a.url), quizPath]);
  return {
    store,
    isPublishedPage: (path) => published.has(path),
    // Per process: with several instances each keeps its own count (see README).
    limiter: new RateLimiterMemory({ points: env.FEEDBACK_RATE_LIMIT, duration: 600 }),
    viewLimiter: new RateLimiterMemory({ points: 120, duration: 60 }),
    salt: env.FEEDBACK_SALT ?? randomBytes(24).toString('base64url'),
    minElapsedMs: env.FEEDBACK_MIN_ELAPSED_MS,
    allowedOrigins: [new URL(site.url).origin],
  };
}

let ready: ReturnType<typeof build> | undefined;

/** The store and settings, created and migrated on first use. A failed start is retried next time. */
export function getFeedbackContext(): ReturnType<typeof build> {
  ready ??= build().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}
