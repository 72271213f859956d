import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freshDbPath, serverEnv } from './server-env';

// A port of its own: the durability spec uses E2E_PORT + 1.
const port = Number(process.env.E2E_PORT ?? 3100) + 5;

test('the server refuses to start with a bad setting and names the variable', async () => {
  const child = spawn('node', ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...serverEnv(freshDbPath('startup')), DATABASE_URL: '', FEEDBACK_RATE_LIMIT: 'twenty' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 30_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain('Invalid environment variables');
  expect(output).toContain('FEEDBACK_RATE_LIMIT');
});
