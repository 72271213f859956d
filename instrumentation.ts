// Runs once when the server starts. Parsing the environment here makes a bad setting stop the
// server at start-up, naming the variable, instead of every request answering 500 later.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  try {
    await import('./lib/env');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // `next start` alone passes the client's own X-Forwarded-For through: rate limits and the
  // editors' lock-out would trust a header anyone can write. The wrapper rewrites it.
  if (
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build' &&
    process.env.IMAGING_CAREERS_START_WRAPPER !== '1'
  ) {
    console.error(
      'Start the production server with `npm start` (node scripts/start.mjs), not `next start` or server.js: the wrapper sets the client address the rate limits rely on.',
    );
    process.exit(1);
  }
}
