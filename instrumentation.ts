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
}
