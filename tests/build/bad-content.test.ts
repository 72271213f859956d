// Runs the build's content steps (contentlayer2 build, then scripts/check-content.ts) on a copy of
// the content with one bad file added, in a scratch folder so the real .contentlayer is untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scratchRoot = path.join(root, '.tmp');
mkdirSync(scratchRoot, { recursive: true });
const scratch = mkdtempSync(path.join(scratchRoot, 'bad-content-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildWith(fixture: string | ((content: string) => void)): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(scratch, 'case-'));
  const content = path.join(dir, 'content');
  cpSync(path.join(root, 'content'), content, { recursive: true });
  if (typeof fixture === 'function') fixture(content);
  else cpSync(path.join(root, 'tests/fixtures/bad-content', fixture), path.join(content, 'articles/overview', fixture));
  // contentlayer2 writes to $PWD/.contentlayer, so PWD must follow cwd.
  const env = { ...process.env, PWD: dir, CONTENT_DIR: content, NO_COLOR: '1' };
  const steps: [string, string[]][] = [
    [path.join(root, 'node_modules/.bin/contentlayer2'), ['build', '-c', path.join(root, 'contentlayer.config.ts')]],
    [path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/check-content.ts')]],
  ];
  let output = '';
  for (const [cmd, args] of steps) {
    const run = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    output += run.stdout + run.stderr;
    if (run.status !== 0) return { status: run.status, output };
  }
  return { status: 0, output };
}

describe('the build with bad content', () => {
  it('fails on a missing required field, naming the file and the field', () => {
    const { status, output } = buildWith('missing-review-date.mdx');
    expect(status).not.toBe(0);
    expect(output).toContain('articles/overview/missing-review-date.mdx');
    expect(output).toContain('reviewedAt');
  });

  it('fails on MDX that does not compile, naming the file and the problem', () => {
    const { status, output } = buildWith('broken-mdx.mdx');
    expect(status).not.toBe(0);
    expect(output).toContain('articles/overview/broken-mdx.mdx');
    expect(output).toContain('Expected a closing tag for `<Callout>`');
  });

  it('fails on a title over 60 characters, naming the file and the field', () => {
    const { status, output } = buildWith('title-too-long.mdx');
    expect(status).toBe(1);
    expect(output).toMatch(/content\/articles\/overview\/title-too-long\.mdx: title: Too big/);
  });

  it('fails on an unknown occupation id, listing the valid ones', () => {
    const { status, output } = buildWith('unknown-occupation.mdx');
    expect(status).toBe(1);
    expect(output).toMatch(
      /content\/articles\/overview\/unknown-occupation\.mdx: <Stat>: Unknown occupation "xray-techs"\. Valid occupations: .*radiologic-technologists/,
    );
  });

  it('fails on a link to a missing page and a missing heading', () => {
    const { status, output } = buildWith('dangling-link.mdx');
    expect(status).toBe(1);
    expect(output).toContain('dangling-link.mdx: line 20: link to /no-such-page: no page at /no-such-page');
    expect(output).toContain(
      'dangling-link.mdx: line 20: link to #no-such-heading: /dangling-link has no heading #no-such-heading',
    );
  });

  it('fails on "radiation-free" wording not qualified by "ionizing", naming the file and the line', () => {
    const { status, output } = buildWith('no-radiation.mdx');
    expect(status).toBe(1);
    expect(output).toContain('articles/overview/no-radiation.mdx: line 20: "radiation-free"');
    expect(output).not.toContain('no-radiation.mdx: line 18');
  });

  it('fails on a data file with a misspelled field, naming the file and the field', () => {
    const { status, output } = buildWith((content) => {
      const file = path.join(content, 'data/occupations.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"medianPay": 89340', '"medianPey": 89340'));
    });
    expect(status).toBe(1);
    expect(output).toMatch(
      /data\/occupations\.json is invalid:\n.*occupations\.\d+\.figures: Unrecognized key: "medianPey"/,
    );
  });

  it('fails on a specialty that points at an unknown occupation, naming the file and the field', () => {
    const { status, output } = buildWith((content) => {
      const file = path.join(content, 'data/specialties.json');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('"occupation": "mri-technologists"', '"occupation": "mri-techs"'),
      );
    });
    expect(status).toBe(1);
    expect(output).toMatch(
      /data\/specialties\.json is invalid:\n.*specialties\.\d+\.figures\.occupation: unknown occupation "mri-techs"/,
    );
  });

  it('fails on a source that does not say where it was read, and on a figure resting on a secondary source alone', () => {
    const { status, output } = buildWith((content) => {
      const article = path.join(content, 'articles/specialties/ct.mdx');
      writeFileSync(article, readFileSync(article, 'utf8').replace('    readIn: saved copy\n', ''));
      const facts = path.join(content, 'data/facts.json');
      writeFileSync(
        facts,
        readFileSync(facts, 'utf8').replace(/("id": "arrt-ce",[^\n]*"kind": )"primary"/, '$1"secondary"'),
      );
    });
    expect(status).toBe(1);
    expect(output).toMatch(/content\/articles\/specialties\/ct\.mdx: sources\.0\.readIn: missing/);
    expect(output).toMatch(/\.mdx: <Fact id="arrt-ce-credits">: rests on a secondary source alone \("arrt-ce"/);
  });

  it('fails on a figure typed into prose, naming the file and the line', () => {
    const { status, output } = buildWith((content) => {
      const file = path.join(content, 'articles/specialties/sonography.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('Many employers require or prefer one.', 'Sonographers earn $89,340.'),
      );
    });
    expect(status).toBe(1);
    expect(output).toMatch(/sonography\.mdx: line \d+: "\$89,340\." looks like a figure typed into prose/);
  });

  it('fails when a published page is renamed without an alias', () => {
    const { status, output } = buildWith((content) => {
      const from = path.join(content, 'articles/specialties/sonography.mdx');
      const text = readFileSync(from, 'utf8').replace(/aliases:\n(  - .*\n)+/, '');
      rmSync(from);
      writeFileSync(path.join(content, 'articles/specialties/ultrasound.mdx'), text);
    });
    expect(status).toBe(1);
    expect(output).toContain('/sonography was published and no longer leads anywhere');
    expect(output).toContain('content/articles/specialties/ultrasound.mdx: url: /ultrasound is new');
  });

  it('passes with the content as checked in', () => {
    const dir = mkdtempSync(path.join(scratch, 'good-'));
    const run = spawnSync(
      path.join(root, 'node_modules/.bin/contentlayer2'),
      ['build', '-c', path.join(root, 'contentlayer.config.ts')],
      {
        cwd: dir,
        env: { ...process.env, PWD: dir, CONTENT_DIR: path.join(root, 'content') },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    const check = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/check-content.ts')], {
      cwd: dir,
      env: { ...process.env, PWD: dir, CONTENT_DIR: path.join(root, 'content') },
      encoding: 'utf8',
    });
    expect(check.stdout + check.stderr).toContain('Content check passed');
  });
});
