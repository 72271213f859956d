// Makes sure Playwright has a Chromium to drive before the browser tests run:
// CHROMIUM_PATH or /usr/bin/chromium, else Debian's package when root, else Playwright's own download.
// ENSURE_DRY_RUN=1 shows what would be installed (apt-get -s) without changing the machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dryRun = process.env.ENSURE_DRY_RUN === '1';
// dpkg's maintainer scripts need the system directories even when PATH is minimal.
const systemEnv = {
  ...process.env,
  PATH: [process.env.PATH, '/usr/sbin', '/usr/bin', '/sbin', '/bin'].filter(Boolean).join(':'),
};
/** Runs the steps in order (printing each); in a dry run, apt-get only simulates and nothing is downloaded. */
const run = (steps) => {
  for (const [cmd, args] of steps) {
    console.log(`${dryRun ? '(dry run) ' : ''}${cmd} ${args.join(' ')}`);
    if (spawnSync(cmd, args, { stdio: 'inherit', env: systemEnv }).status !== 0) return false;
  }
  return true;
};

async function found() {
  if (existsSync(systemPath)) return systemPath;
  // Loaded only when needed: importing Playwright takes seconds on a busy machine.
  const { chromium } = await import('@playwright/test');
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : null;
}

let browser = await found();
if (!browser && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package…');
  run(
    dryRun
      ? [['/usr/bin/apt-get', ['install', '-s', '-y', 'chromium']]]
      : [
          ['/usr/bin/apt-get', ['update', '-qq']],
          ['/usr/bin/apt-get', ['install', '-y', '-qq', 'chromium']],
        ],
  );
  browser = await found();
}
if (!browser) {
  console.log('No Chromium found: trying Playwright’s own download…');
  if (dryRun) console.log('(dry run) npx playwright install chromium');
  else run([['npx', ['--no-install', 'playwright', 'install', 'chromium']]]);
  browser = await found();
}
if (!browser) {
  console.error(
    'No Chromium for the browser tests: install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${browser}`);
