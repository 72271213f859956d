// `npm test`: every check, in order, stopping at the first failure. Prints how long each stage
// took either way, so a slow stage shows up in CI's log. A stage may add its own parts to the
// table by appending lines `{"name": "...", "seconds": n, "ok": true}` to $TEST_STAGE_TIMES.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** A stage runs its commands in order; it fails if any of them fails, after running them all. */
type Stage = { name: string; what: string; commands: string[][] };

const npmRun = (script: string) => ['npm', 'run', '--silent', script];
const stages: Stage[] = [
  // The tools the later stages need, first, so a fresh machine fails (or installs) in seconds.
  {
    name: 'pre-flight',
    what: 'find or install Chromium and Java',
    commands: [
      ['node', 'scripts/ensure-browser.mjs'],
      ['node', 'scripts/ensure-java.mjs'],
    ],
  },
  { name: 'content', what: 'contentlayer + content checks', commands: [npmRun('content')] },
  { name: 'lint', what: 'eslint + prettier', commands: [npmRun('lint')] },
  { name: 'typecheck', what: 'tsc --noEmit', commands: [npmRun('typecheck')] },
  { name: 'unit', what: 'vitest', commands: [npmRun('test:unit')] },
  { name: 'build', what: 'next build', commands: [['npx', '--no-install', 'next', 'build']] },
  { name: 'e2e', what: 'Playwright browser tests', commands: [['npx', '--no-install', 'playwright', 'test']] },
  {
    name: 'quality',
    what: 'HTML, links, Lighthouse',
    commands: [['npx', '--no-install', 'tsx', 'scripts/quality/run.ts']],
  },
  { name: 'fuzz', what: '5,000 bad requests', commands: [npmRun('bench:fuzz')] },
  { name: 'crash', what: 'kill -9 mid-write, both stores', commands: [npmRun('bench:crash')] },
];

const partSchema = z.object({ name: z.string(), seconds: z.number(), ok: z.boolean() });
type Row = { name: string; what: string; seconds?: number; result: string; part?: boolean };

const timesDir = mkdtempSync(path.join(tmpdir(), 'imaging-careers-test-'));
const timesFile = path.join(timesDir, 'times.jsonl');

function run(command: string[]): Promise<number> {
  const [cmd, ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(cmd!, args, { stdio: 'inherit', env: { ...process.env, TEST_STAGE_TIMES: timesFile } });
    child.once('error', () => resolve(127));
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function parts(): Row[] {
  let text = '';
  try {
    text = readFileSync(timesFile, 'utf8');
  } catch {
    return [];
  }
  rmSync(timesFile, { force: true });
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => partSchema.parse(JSON.parse(line)))
    .map((p) => ({
      name: `  ${p.name}`,
      what: '',
      seconds: p.seconds,
      result: p.ok ? 'passed' : 'FAILED',
      part: true,
    }));
}

const clock = (s: number) =>
  s >= 60 ? `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s` : `${s.toFixed(0)} s`;

const rows: Row[] = [];
const started = Date.now();
let failed: { stage: Stage; code: number } | undefined;
for (const stage of stages) {
  if (failed) {
    rows.push({ name: stage.name, what: stage.what, result: 'not run' });
    continue;
  }
  const t = Date.now();
  let code = 0;
  for (const command of stage.commands) {
    console.log(`\n▶ ${stage.name}: ${command.join(' ')}`);
    const exit = await run(command);
    code ||= exit;
  }
  const seconds = (Date.now() - t) / 1000;
  rows.push({ name: stage.name, what: stage.what, seconds, result: code === 0 ? 'passed' : `FAILED (exit ${code})` });
  rows.push(...parts());
  if (code !== 0) failed = { stage, code };
}
rmSync(timesDir, { recursive: true, force: true });

const total = (Date.now() - started) / 1000;
const nameWidth = Math.max(...rows.map((r) => r.name.length), 'total'.length);
const whatWidth = Math.max(...rows.map((r) => r.what.length));
console.log('\nnpm test, time per stage:');
for (const r of rows) {
  const time = r.seconds === undefined ? '' : clock(r.seconds);
  console.log(`  ${r.name.padEnd(nameWidth)}  ${r.what.padEnd(whatWidth)}  ${time.padStart(12)}  ${r.result}`);
}
console.log(`  ${'total'.padEnd(nameWidth)}  ${''.padEnd(whatWidth)}  ${clock(total).padStart(12)}`);
if (failed) {
  console.error(
    `\nnpm test FAILED at stage "${failed.stage.name}" (exit code ${failed.code}); the stages after it did not run.`,
  );
  process.exitCode = 1;
} else {
  console.log('\nnpm test passed: every stage above ran and passed.');
}
