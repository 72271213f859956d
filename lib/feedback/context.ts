import { createDb, migrate } from '../db';
import { env } from '../env';
import { site } from '../site';
import { dbConfigFromEnv, getLimits } from './limits';
import { feedbackPages } from './pages';
import type { FeedbackContext } from './service';
import { FeedbackStore } from './store';
import type { ViewContext } from './views';

const dayMs = 86_400_000;

async function build(): Promise<FeedbackContext & ViewContext> {
  // The limits first: they migrate the schema and read the shared salt.
  const limits = await getLimits();
  const store = new FeedbackStore(createDb(dbConfigFromEnv()));
  await migrate(store.db);
  // Retention: comment text older than FEEDBACK_RETENTION_DAYS is deleted now and once a day.
  const purge = () =>
    store
      .purgeComments(new Date(Date.now() - env.FEEDBACK_RETENTION_DAYS * dayMs))
      .catch((error) => console.error('feedback: retention purge failed', error));
  await purge();
  setInterval(purge, dayMs).unref();
  // Every page that shows the widget: the sitemap's paths, search and the 404 page.
  const published = new Set(feedbackPages());
  return {
    store,
    isPublishedPage: (path) => published.has(path),
    // In PostgreSQL when DATABASE_URL is set (shared by every instance), else in this process.
    limiter: limits.voteClient,
    pageLimiter: limits.votePage,
    siteLimiter: limits.voteAll,
    viewLimiter: limits.view,
    salt: limits.salt,
    formKey: limits.formKey,
    trustedHops: env.TRUSTED_PROXY_HOPS,
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
