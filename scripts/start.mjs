// The production server: Next.js behind a small node:http front (Next's custom-server API), used by
// `npm start`, the Docker image, the browser tests and the fault suite alike.
//   node scripts/start.mjs [--port 3000] [--hostname 0.0.0.0] [--dir .] [--public]
// What it adds to `next start`, each for a hole found by probing (issue 14):
// - X-Forwarded-For gets the connection's own address appended and X-Real-IP is dropped, so the
//   rightmost entry can never be written by the client (lib/feedback/client-key.ts reads it, with
//   TRUSTED_PROXY_HOPS proxies in front).
// - Deliberate timeouts instead of Node's 300 s request timeout (docs/deployment.md).
// - A malformed path such as /% is a 400, not a 500.
// - The security headers from next.config.ts are on every response, Next's own redirects and
//   errors included, and on the 431 Node sends for oversized headers.
// - /search renders a few at a time, so the static pages do not queue behind a flood of searches.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteUrlProblem } from './site-url.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
    dir: { type: 'string' },
    // Production (the Docker image, the deployment guide): refuse a missing or local SITE_URL.
    public: { type: 'boolean', default: false },
  },
});
const dir = path.resolve(values.dir ?? process.cwd());
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0';

const timeouts = {
  /** Whole request headers must arrive within this (slowloris). */
  headersMs: 10_000,
  /** Whole request, body included. Bodies here are a few kilobytes at most. */
  requestMs: 30_000,
  /** Idle keep-alive connections are closed after this; a proxy's own keep-alive must be shorter. */
  keepAliveMs: Number(process.env.KEEP_ALIVE_TIMEOUT) > 0 ? Number(process.env.KEEP_ALIVE_TIMEOUT) : 5_000,
};

/**
 * /search renders per request; every other page is static. Under a flood of new queries every
 * search was in flight at once and a static article queued behind them (bench:pages: p50 9 ms
 * alone, 230 ms during a flood on 200 connections). So at most SEARCH_CONCURRENCY searches render
 * at a time, up to SEARCH_QUEUE more wait their turn, and beyond that a search gets a 503 with
 * Retry-After at once. Nothing else waits behind a search.
 */
function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) {
    console.error(`${name} must be a whole number from 1 to 999999 (it is "${raw}").`);
    process.exit(1);
  }
  return Number(raw);
}
const searchLimit = {
  running: 0,
  max: positiveInteger('SEARCH_CONCURRENCY', 4),
  maxWaiting: positiveInteger('SEARCH_QUEUE', 64),
  /** @type {(() => void)[]} */
  waiting: [],
};

const siteProblem = siteUrlProblem(process.env.SITE_URL);
if (siteProblem && values.public) {
  console.error(siteProblem);
  process.exit(1);
}
if (siteProblem) {
  console.log(
    `Note: shared links, the sitemap and preview images will say ${process.env.SITE_URL || 'http://localhost:3000'} until SITE_URL is set to the public origin (and the site rebuilt).`,
  );
}

process.env.NODE_ENV = 'production';
// instrumentation.ts refuses to serve in production without this: `next start` alone would trust
// the client's X-Forwarded-For.
process.env.IMAGING_CAREERS_START_WRAPPER = '1';

const distDir = path.join(dir, '.next');
const manifest = JSON.parse(readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8'));
/** @type {[string, string][]} */
const securityHeaders = (manifest.headers ?? [])
  .filter((rule) => rule.source === '/:path*')
  .flatMap((rule) => rule.headers.map((h) => [h.key, h.value]));

// The built config, as the standalone server.js uses it: no next.config.ts is read at run time.
const requiredFiles = path.join(distDir, 'required-server-files.json');
let conf;
if (existsSync(requiredFiles)) {
  conf = JSON.parse(readFileSync(requiredFiles, 'utf8')).config;
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);
}

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname, port, conf });
const handle = app.getRequestHandler();
await app.prepare();

function plain(res, status, text, extra = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...Object.fromEntries(securityHeaders),
    ...extra,
  });
  res.end(text);
}

function clientAddressOf(req) {
  const remote = req.socket.remoteAddress ?? 'unknown';
  return remote.startsWith('::ffff:') ? remote.slice(7) : remote;
}

const server = createServer((req, res) => {
  for (const [key, value] of securityHeaders) res.setHeader(key, value);
  const forwarded = req.headers['x-forwarded-for'];
  const prior = Array.isArray(forwarded) ? forwarded.join(', ') : forwarded;
  req.headers['x-forwarded-for'] = prior ? `${prior}, ${clientAddressOf(req)}` : clientAddressOf(req);
  delete req.headers['x-real-ip'];
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    plain(res, 400, 'Bad request: the address is not valid.');
    return;
  }
  if (pathname === '/search') searchInTurn(req, res);
  else serve(req, res);
});

function serve(req, res) {
  handle(req, res).catch((error) => {
    console.error('server: request failed', error);
    if (!res.headersSent)
      plain(res, 503, 'The server could not answer just now. Please try again.', { 'Retry-After': '30' });
    else res.destroy();
  });
}

function searchInTurn(req, res) {
  const run = () => {
    searchLimit.running++;
    // 'close' follows the end of every response, and a connection dropped part-way.
    res.once('close', () => {
      searchLimit.running--;
      searchLimit.waiting.shift()?.();
    });
    serve(req, res);
  };
  if (searchLimit.running < searchLimit.max) return run();
  if (searchLimit.waiting.length >= searchLimit.maxWaiting) {
    plain(res, 503, 'Search is busy just now. Please try again in a few seconds.', { 'Retry-After': '5' });
    return;
  }
  searchLimit.waiting.push(run);
  // A reader who gives up while waiting leaves the queue.
  res.once('close', () => {
    const index = searchLimit.waiting.indexOf(run);
    if (index !== -1) searchLimit.waiting.splice(index, 1);
  });
}
server.headersTimeout = timeouts.headersMs;
server.requestTimeout = timeouts.requestMs;
server.keepAliveTimeout = timeouts.keepAliveMs;

// Errors before a request exists: oversized headers (431), timeouts (408), garbage (400).
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const headers = securityHeaders.map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-store\r\n${headers}Content-Length: ${reason.length}\r\n\r\n${reason}`,
  );
});

server.listen(port, hostname, () => {
  console.log(`▲ Imaging Careers ready on http://${hostname}:${port}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
