import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freshDbPath, serverEnv } from './server-env';

// A port of its own: the durability spec uses E2E_PORT + 1.
const port = Number(process.env.E2E_PORT ?? 3100) + 5;

async function startAndExit(env: Record<string, string>, extraArgs: string[] = []) {
  const child = spawn('node', ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1', ...extraArgs], {
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

test('the start wrapper refuses a search limit that is not a whole number and names the variable', async () => {
  const { code, output } = await startAndExit({ SEARCH_QUEUE: 'lots' });
  expect(code).toBe(1);
  expect(output).toContain('SEARCH_QUEUE must be a whole number');
});

test('the server refuses a guessable editors’ token and says how to make one', async () => {
  const { code, output } = await startAndExit({ FEEDBACK_ADMIN_TOKEN: 'changeme-changeme-changeme-changeme' });
  expect(code).toBe(1);
  expect(output).toContain('FEEDBACK_ADMIN_TOKEN');
  expect(output).toContain('openssl rand -base64 32');
});

test('a production start refuses a local SITE_URL in one line; a laptop start only notes it', async () => {
  const refused = await startAndExit({ SITE_URL: 'http://localhost:3000' }, ['--public']);
  expect(refused.code).toBe(1);
  expect(refused.output.trim().split('\n')).toEqual([expect.stringContaining('SITE_URL is http://localhost:3000')]);

  const child = spawn('node', ['scripts/start.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...process.env, ...serverEnv(freshDbPath('startup-laptop')), DATABASE_URL: '', SITE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const noted = new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready on')) resolve();
    }),
  );
  await Promise.race([noted, new Promise((r) => setTimeout(r, 30_000))]);
  child.kill('SIGKILL');
  expect(output).toContain('will say http://localhost:3000 until SITE_URL is set');
  expect(output).toContain('ready on');
});
