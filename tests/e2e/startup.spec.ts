import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freshDbPath, serverEnv } from './server-env';

// A port of its own: the durability spec uses E2E_PORT + 1.
const port = Number(process.env.E2E_PORT ?? 3100) + 5;

async function startAndExit(env: Record<string, string>) {
  const child = spawn('node', ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...serverEnv(freshDbPath('startup')), DATABASE_URL: '', ...env },
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
  return { code, output };
}

test('the server refuses to start with a bad setting and names the variable', async () => {
  const { code, output } = await startAndExit({ FEEDBACK_RATE_LIMIT: 'twenty' });
  expect(code).toBe(1);
  expect(output).toContain('Invalid environment variables');
  expect(output).toContain('FEEDBACK_RATE_LIMIT');
});

test('the server refuses a guessable editors’ token and says how to make one', async () => {
  const { code, output } = await startAndExit({ FEEDBACK_ADMIN_TOKEN: 'changeme-changeme-changeme-changeme' });
  expect(code).toBe(1);
  expect(output).toContain('FEEDBACK_ADMIN_TOKEN');
  expect(output).toContain('openssl rand -base64 32');
});
