import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runLighthouse } from '../scripts/quality/lighthouse';
import { startServer } from '../scripts/quality/server';
const port = 5600;
const workDir = mkdtempSync(path.join(tmpdir(), 'perf-lh-'));
const server = await startServer({ port, logDir: workDir, env: { FEEDBACK_DB_PATH: path.join(workDir, 'f.db'), DATABASE_URL: '' } });
try {
  await runLighthouse({
    origin: server.origin,
    pages: [
      { path: '/framework-floor', label: 'floor', gated: false },
      { path: '/', label: 'home', gated: true },
      { path: '/compare', label: 'compare', gated: true },
      { path: '/radiography', label: 'article', gated: true },
      ...(process.env.MORE ? [{ path: '/topics/specialties', label: 'hub', gated: true }, { path: '/sonography', label: 'article', gated: true }] : []),
    ],
    runs: Number(process.env.RUNS ?? 3),
    chromePort: port + 1,
    workDir,
  });
} finally {
  await server.stop();
}
