// Run after `NEXT_OUTPUT=standalone npm run build` (the Dockerfile does): fails when the
// standalone folder is missing what the server needs at run time, naming what is missing.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const standalone = path.resolve(process.argv[2] ?? '.next/standalone');
const problems: string[] = [];
const need = (relative: string, why: string) => {
  if (!existsSync(path.join(standalone, relative))) problems.push(`${relative} is missing (${why})`);
};

need('server.js', 'build with NEXT_OUTPUT=standalone');
need('node_modules/better-sqlite3/build/Release/better_sqlite3.node', 'the SQLite store’s compiled binding');
need('node_modules/pg/package.json', 'the PostgreSQL store’s driver');

const html = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).length : 0);
const built = html('.next/server/app');
const copied = html(path.join(standalone, '.next/server/app'));
if (copied === 0 || copied !== built)
  problems.push(`.next/server/app has ${copied} prerendered pages, the build ${built}`);

if (problems.length === 0) {
  // The binding must load with this Node.js, from the standalone folder's own node_modules.
  try {
    const require = createRequire(path.join(standalone, 'server.js'));
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    new Database(':memory:').prepare('select 1').get();
  } catch (error) {
    problems.push(`better-sqlite3 does not load from the standalone folder: ${(error as Error).message}`);
  }
}

if (problems.length > 0) {
  console.error(`Standalone output check failed (${standalone}):\n${problems.map((p) => `  • ${p}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`Standalone output check passed: server.js, better-sqlite3, pg and ${copied} prerendered pages.`);
}
