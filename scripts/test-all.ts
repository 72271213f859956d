// `npm test`: every check, in order, stopping at the first failure. Prints how long each stage
// took either way, so a slow stage shows up in CI's log. A stage may add its own parts to the
// table by appending lines `{"name": "...", "seconds": n, "ok": true}` to $TEST_STAGE_TIMES.
// lint, typecheck and unit run side by side: most of the unit time is one file of content builds
// run one after another (tests/build), which leaves room on a second core for lint and tsc.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';

/** A stage runs its commands in order; it fails if any of them fails, after running them all. */
type Stage = { name: string; what: string; commands: string[][] };
/** Stages in one step run at the same time, each line of their output labelled with its name. */
type Step = Stage[];

const npmRun = (script: string) => ['npm', 'run', '--silent', script];
const steps: Step[] = [
  // The tools the later stages need, first, so a fresh machine fails (or installs) in seconds.
  [
    {
      name: 'pre-flight',
      what: 'find or install Chromium and Java',
      commands: [
        ['node', 'scripts/ensure-browser.mjs'],
        ['node', 'scripts/ensure-java.mjs'],
      ],
    },
  ],
  [{ name: 'content', what: 'contentlayer + content checks', commands: [npmRun('content')] }],
  [
    { name: 'lint', what: 'eslint + prettier', commands: [npmRun('lint')] },
    { name: 'typecheck', what: 'tsc --noEmit', commands: [npmRun('typecheck')] },
    // vitest leaves a core free by default (cores − 1: one worker here); lint and typecheck are short.
    {
      name: 'unit',
      what: 'vitest',
      commands: [[...npmRun('test:unit'), '--', `--maxWorkers=${availableParallelism()}`]],
    },
  ],
  [{ name: 'build', what: 'next build', commands: [['npx', '--no-install', 'next', 'build']] }],
  [{ name: 'e2e', what: 'Playwright browser tests', commands: [['npx', '--no-install', 'playwright', 'test']] }],
  [
    {
      name: 'quality',
      what: 'HTML, links, Lighthouse',
      commands: [['npx', '--no-install', 'tsx', 'scripts/quality/run.ts']],
    },
  ],
  [{ name: 'fuzz', what: '5,000 bad requests', commands: [npmRun('bench:fuzz')] }],
  [{ name: 'crash', what: 'kill -9 mid-write, both stores', commands: [npmRun('bench:crash')] }],
  [{ name: 'attacks', what: 'hostile-client attacks, two servers', commands: [npmRun('bench:attacks')] }],
];

const partSchema = z.object({ name: z.string(), seconds: z.number(), ok: z.boolean() });
type Row = { name: string; what: string; seconds?: number; result: string; part?: boolean };

const timesDir = mkdtempSync(path.join(tmpdir(), 'imaging-careers-test-'));
const timesFile = path.join(timesDir, 'times.jsonl');

/** Runs one command; with a label, each output line is prefixed with it (for stages run side by side). */
function run(command: string[], label?: string): Promise<number> {
  const [cmd, ...args] = command;
  return new Promise((resolve) => {
    const child = spawn(cmd!, args, {
      stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, TEST_STAGE_TIMES: timesFile },
    });
    if (label)
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const)
        if (from) createInterface({ input: from }).on('line', (line) => to.write(`[${label}] ${line}\n`));
    child.once('error', () => resolve(127));
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

async function runStage(stage: Stage, labelled: boolean): Promise<{ code: number; seconds: number }> {
  const t = Date.now();
  let code = 0;
  for (const command of stage.commands) {
    console.log(`\n▶ ${stage.name}: ${command.join(' ')}`);
    const exit = await run(command, labelled ? stage.name : undefined);
    code ||= exit;
  }
  return { code, seconds: (Date.now() - t) / 1000 };
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
const failed: { stage: Stage; code: number }[] = [];
// `npm test -- build e2e` runs only the named stages (after a build, say); the others show as skipped.
const asked = process.argv.slice(2);
const known = steps.flat().map((s) => s.name);
const unknown = asked.filter((a) => !known.includes(a));
if (unknown.length > 0) {
  console.error(`Unknown stage(s): ${unknown.join(', ')}. Choose from: ${known.join(', ')}.`);
  process.exit(2);
}
for (const all of steps) {
  const step = asked.length > 0 ? all.filter((s) => asked.includes(s.name)) : all;
  for (const stage of all.filter((s) => !step.includes(s)))
    rows.push({ name: stage.name, what: stage.what, result: 'skipped (not asked)' });
  if (step.length === 0) continue;
  if (failed.length > 0) {
    for (const stage of step) rows.push({ name: stage.name, what: stage.what, result: 'not run' });
    continue;
  }
  const t = Date.now();
  const results = await Promise.all(step.map((stage) => runStage(stage, step.length > 1)));
  step.forEach((stage, i) => {
    const { code, seconds } = results[i]!;
    rows.push({ name: stage.name, what: stage.what, seconds, result: code === 0 ? 'passed' : `FAILED (exit ${code})` });
    if (code !== 0) failed.push({ stage, code });
  });
  if (step.length > 1)
    rows.push({
      name: `  (${step.map((s) => s.name).join(' + ')} side by side)`,
      what: '',
      seconds: (Date.now() - t) / 1000,
      result: '',
      part: true,
    });
  rows.push(...parts());
}
rmSync(timesDir, { recursive: true, force: true });

const total = (Date.now() - started) / 1000;
const nameWidth = Math.max(...rows.map((r) => r.name.length), 'total'.length);
const whatWidth = Math.max(...rows.map((r) => r.what.length));
console.log('\nnpm test, time per stage:');
for (const r of rows) {
  const time = r.seconds === undefined ? '' : clock(r.seconds);
  console.log(
    `  ${r.name.padEnd(nameWidth)}  ${r.what.padEnd(whatWidth)}  ${time.padStart(12)}  ${r.result}`.trimEnd(),
  );
}
console.log(`  ${'total'.padEnd(nameWidth)}  ${''.padEnd(whatWidth)}  ${clock(total).padStart(12)}`);
if (failed.length > 0) {
  const which = failed.map((f) => `"${f.stage.name}" (exit code ${f.code})`).join(' and ');
  console.error(`\nnpm test FAILED at ${which}; the stages after it did not run.`);
  process.exitCode = 1;
} else {
  console.log(`\nnpm test passed: ${asked.length > 0 ? 'every stage asked for' : 'every stage above'} ran and passed.`);
}
