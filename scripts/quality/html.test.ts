import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runVnu } from './html';

const dir = mkdtempSync(path.join(tmpdir(), 'vnu-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reports an error in an invalid page and none in a valid one, naming the file', async () => {
  const good = path.join(dir, 'good.html');
  const bad = path.join(dir, 'bad.html');
  writeFileSync(good, '<!doctype html><html lang="en"><title>Good</title><p>Fine</p></html>');
  writeFileSync(bad, '<!doctype html><html lang="en"><title>Bad</title><img src="x.png"></html>');
  const report = await runVnu([good, bad]);
  const errors = report.messages.filter((m) => m.type === 'error');
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((m) => m.url?.endsWith('/bad.html'))).toBe(true);
  expect(errors.map((m) => m.message)).toContainEqual(
    expect.stringMatching(/“img” element must have an “alt” attribute/),
  );
});
