// Pages under load, in one run: /search beside a static article and the no-op route, then an
// article's latency while a flood of searches runs (issue 13).
// Run after `npm run build`:  npm run bench:pages
//   PORT (default 3320) for the server it starts, or BENCH_ORIGIN to load a server already
//   running (start it with BENCH_NOOP=1 for the no-op route); BENCH_SECONDS (default 10) per
//   measurement; BENCH_CONNECTIONS (default 50) per measurement; BENCH_FLOOD (default 200) for
//   the search flood. The load generator shares the machine's cores with the server, so read
//   the ratios, not the absolute figures. Prints figures; asserts nothing.
import { cpus, loadavg } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import { killHard, startServer } from './server';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const floodConnections = Number(process.env.BENCH_FLOOD ?? 200);
const port = Number(process.env.PORT ?? 3320);

// Queries students type, from bench/search.ts; "distinct" adds a counter so no two repeat.
const queries = ['x-ray tech', 'ultrasound tech', 'how long is school', 'mri tech pay', 'do i need a license in texas'];
let counter = 0;
const repeated = (): CannonRequest => ({
  method: 'GET',
  setupRequest: (req) => ({ ...req, path: `/search?q=${encodeURIComponent(queries[counter++ % queries.length]!)}` }),
});
const distinct = (): CannonRequest => ({
  method: 'GET',
  setupRequest: (req) => {
    const q = `${queries[counter % queries.length]} ${counter++}`;
    return { ...req, path: `/search?q=${encodeURIComponent(q)}` };
  },
});

type Figures = {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  timeouts: number;
  errors: number;
  non2xx: number;
};

function run(
  name: string,
  origin: string,
  options: { path: string; method?: 'GET' | 'POST'; requests?: CannonRequest[]; connections?: number },
): Promise<Figures> {
  return autocannon({
    url: `${origin}${options.path}`,
    method: options.method ?? 'GET',
    connections: options.connections ?? connections,
    duration: seconds,
    timeout: 10,
    ...(options.requests ? { requests: options.requests } : {}),
  }).then((r) => ({
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    timeouts: r.timeouts,
    errors: r.errors,
    non2xx: r.non2xx,
  }));
}

function table(rows: Figures[], reference: Figures) {
  const header = ['route', 'req/s', '× article', 'p50 ms', 'p99 ms', 'timeouts', 'errors', 'non-2xx'];
  const cells = rows.map((r) => [
    r.name,
    r.rps.toFixed(0),
    `${(r.rps / reference.rps).toFixed(2)}×`,
    String(r.p50),
    String(r.p99),
    String(r.timeouts),
    String(r.errors),
    String(r.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

const workDir = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
const server = process.env.BENCH_ORIGIN
  ? undefined
  : await startServer(port, { BENCH_NOOP: '1', FEEDBACK_DB_PATH: path.join(workDir, 'feedback.db'), DATABASE_URL: '' });
const origin = process.env.BENCH_ORIGIN ?? `http://127.0.0.1:${port}`;
try {
  const status = (await fetch(`${origin}/search?q=${'x'.repeat(5000)}`)).status;
  console.log(
    `Pages under load: ${origin}, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${seconds} s and ${connections} connections per row. A 5,000-character query answers ${status}.\n`,
  );
  // Warm-up: the first requests compile routes and build the search index.
  await run('warm-up', origin, { path: '/radiography', connections: 5 });
  await run('warm-up', origin, { path: '/search?q=ct', connections: 5 });

  const article = await run('static article /radiography', origin, { path: '/radiography' });
  const rows = [
    article,
    await run('no-op route POST /api/bench/noop', origin, { path: '/api/bench/noop', method: 'POST' }),
    await run('/search, 5 repeated queries', origin, { path: '/search', requests: [repeated()] }),
    await run('/search, every query new', origin, { path: '/search', requests: [distinct()] }),
  ];
  table(rows, article);

  console.log(
    `\nAn article (${connections > 10 ? 10 : connections} connections) alone, then during a flood of new searches (${floodConnections} connections):\n`,
  );
  const alone = await run('article alone', origin, { path: '/radiography', connections: 10 });
  const [during, flood] = await Promise.all([
    run('article during the flood', origin, { path: '/radiography', connections: 10 }),
    run('search flood, every query new', origin, {
      path: '/search',
      requests: [distinct()],
      connections: floodConnections,
    }),
  ]);
  table([alone, during, flood], alone);
} finally {
  if (server) await killHard(server);
  rmSync(workDir, { recursive: true, force: true });
}
