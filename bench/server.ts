// Starts and stops the production server for the scripts in bench/ (run `npm run build` first).
import { spawn, type ChildProcess } from 'node:child_process';

export async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn('node', ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      FEEDBACK_RATE_LIMIT: '100000000',
      FEEDBACK_PAGE_VOTES_PER_MINUTE: '100000000',
      FEEDBACK_VOTES_PER_MINUTE: '100000000',
      FEEDBACK_MIN_ELAPSED_MS: '0',
      ...env,
    },
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

/** kill -9 of the whole process group. */
export async function killHard(child: ChildProcess): Promise<void> {
  // Already gone (it crashed, or was killed before): nothing to wait for.
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}
