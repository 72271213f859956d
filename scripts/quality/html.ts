// HTML validation: every sitemap URL (and the not-found page) through the Nu HTML Checker, in one
// Java run. Any error fails the check; errors we cannot fix must be listed in `ignored` with a reason.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const vnuJar = 'node_modules/vnu-jar/build/dist/vnu.jar';

/**
 * Errors that come from Next.js's own output and cannot be changed from our code. Each entry
 * matches one message exactly and says why it is accepted; every match is still printed.
 */
const ignored: { message: string; why: string }[] = [];

const vnuReportSchema = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      message: z.string(),
      lastLine: z.number().optional(),
      lastColumn: z.number().optional(),
      extract: z.string().optional(),
    }),
  ),
});

export type HtmlResult = { pages: number; errors: number; ignoredErrors: number; ok: boolean };

function fileNameFor(pathname: string): string {
  const name = pathname === '/' ? 'index' : pathname.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '__');
  return `${name}.html`;
}

/** vnu's report on the given files, one Java run (its JSON goes to stderr). */
export async function runVnu(files: string[]): Promise<z.infer<typeof vnuReportSchema>> {
  const stderr = await new Promise<string>((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && 'code' in error && error.code === 'ENOENT')
          reject(
            new Error(
              'the Nu HTML Checker needs Java 11 or later (run node scripts/ensure-java.mjs, or on Debian: apt-get install default-jre-headless)',
            ),
          );
        else if (error) reject(error);
        // --exit-zero-always: vnu exits 0 with errors found; the JSON report goes to stderr.
        else resolve(stderr);
      },
    );
  });
  return vnuReportSchema.parse(JSON.parse(stderr));
}

export async function checkHtml(origin: string, paths: string[], workDir: string): Promise<HtmlResult> {
  const dir = path.join(workDir, 'html');
  mkdirSync(dir, { recursive: true });
  const notFoundPath = '/quality-check-no-such-page';
  const byFile = new Map<string, string>();
  for (const pathname of [...paths, notFoundPath]) {
    const response = await fetch(origin + pathname);
    const expected = pathname === notFoundPath ? 404 : 200;
    if (response.status !== expected) throw new Error(`${pathname} answered ${response.status}, expected ${expected}`);
    const file = path.join(dir, fileNameFor(pathname));
    writeFileSync(file, await response.text());
    byFile.set(file, pathname === notFoundPath ? `${pathname} (404 page)` : pathname);
  }

  const report = await runVnu([...byFile.keys()]);
  const perPage = new Map<string, number>();
  // The same message on many pages (a shared component) is printed once, with the pages it is on.
  const byMessage = new Map<string, { pages: Set<string>; extract?: string; line?: number; why?: string }>();
  let errors = 0;
  let ignoredErrors = 0;
  for (const m of report.messages) {
    // With --errors-only, vnu reports errors and non-document errors (a file it could not read).
    if (m.type === 'info') continue;
    // vnu names files as file:/path (one slash).
    const page = (m.url && byFile.get(fileURLToPath(m.url))) ?? m.url ?? '(unknown file)';
    const reason = ignored.find((i) => i.message === m.message);
    const key = `${reason ? 'ignored' : m.type}: ${m.message}`;
    const entry = byMessage.get(key) ?? { pages: new Set(), extract: m.extract, line: m.lastLine, why: reason?.why };
    byMessage.set(key, { ...entry, pages: entry.pages.add(page) });
    if (reason) ignoredErrors += 1;
    else {
      errors += 1;
      perPage.set(page, (perPage.get(page) ?? 0) + 1);
    }
  }

  console.log(`\nHTML validation (Nu HTML Checker, ${byFile.size} pages: the sitemap and the 404 page)`);
  for (const [page, count] of perPage) console.log(`  ${page}: ${count} error(s)`);
  for (const [key, e] of byMessage) {
    const pages = [...e.pages];
    console.log(`  ${key}`);
    console.log(`      on ${pages.length} page(s): ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}`);
    if (e.extract) console.log(`      line ${e.line ?? '?'}: ${e.extract.replace(/\s+/g, ' ').trim().slice(0, 200)}`);
    if (e.why) console.log(`      accepted because: ${e.why}`);
  }
  console.log(`  ${byFile.size - perPage.size} of ${byFile.size} pages have no errors`);
  return { pages: byFile.size, errors, ignoredErrors, ok: errors === 0 };
}
