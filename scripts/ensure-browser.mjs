// Makes sure Playwright has a Chromium to drive before the browser tests run:
// CHROMIUM_PATH or /usr/bin/chromium, else Debian's package when root, else Playwright's own download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (cmd) => {
  try {
    execSync(cmd, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
};

function found() {
  if (existsSync(systemPath)) return systemPath;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : null;
}

let browser = found();
if (!browser && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian’s chromium package…');
  run('apt-get update -qq && apt-get install -y -qq chromium');
  browser = found();
}
if (!browser) {
  console.log('No Chromium found: trying Playwright’s own download…');
  run('npx playwright install chromium');
  browser = found();
}
if (!browser) {
  console.error(
    'No Chromium for the browser tests: install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${browser}`);
