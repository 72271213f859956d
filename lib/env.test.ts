import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envVariableNames, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults the site URL to localhost:3000', () => {
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000');
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
  });

  it('treats an empty variable as not set', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('rejects a database URL that is not PostgreSQL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('rejects an admin token that is too short to be safe, saying how to make one', () => {
    expect(() => parseEnv({ FEEDBACK_ADMIN_TOKEN: 'short' })).toThrow(/FEEDBACK_ADMIN_TOKEN/);
    expect(() => parseEnv({ FEEDBACK_ADMIN_TOKEN: 'x7Kq2mPz9Lw4Rt8Vb3Nc6Hy1Fj5Ds0' })).toThrow(
      /openssl rand -base64 32/,
    );
  });

  it('rejects a long but guessable admin token', () => {
    expect(() => parseEnv({ FEEDBACK_ADMIN_TOKEN: 'a'.repeat(40) })).toThrow(/too easy to guess/);
    expect(() => parseEnv({ FEEDBACK_ADMIN_TOKEN: 'changeme-changeme-changeme-changeme' })).toThrow(
      /too easy to guess/,
    );
    expect(() => parseEnv({ FEEDBACK_ADMIN_TOKEN: '0123456789012345678901234567890123' })).toThrow(
      /FEEDBACK_ADMIN_TOKEN/,
    );
  });

  it('accepts a token made by openssl rand -base64 32', () => {
    const token = 'kT3f8Yq1vN0sW6pZr9LmC2xHb5JdE7uAgR4oKiQ+Vw8=';
    expect(parseEnv({ FEEDBACK_ADMIN_TOKEN: token }).FEEDBACK_ADMIN_TOKEN).toBe(token);
  });

  it('trusts no proxy unless told', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe('docs/deployment.md', () => {
  // The rows of the "Read by the app" table: variable name and default cell.
  const doc = readFileSync(new URL('../docs/deployment.md', import.meta.url), 'utf8');
  const section = doc.split('### Read by the app')[1]?.split('\n### ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` \|[^|]*\|([^|]*)\|/gm)].map((m) => ({
    name: m[1] ?? '',
    defaultCell: m[2] ?? '',
  }));

  it('lists exactly the variables lib/env.ts reads', () => {
    expect(rows.map((r) => r.name).sort()).toEqual([...envVariableNames].sort());
  });

  it('gives each variable the default lib/env.ts applies', () => {
    const defaults = parseEnv({});
    for (const { name, defaultCell } of rows) {
      const value = defaults[name as keyof typeof defaults];
      if (value === undefined) expect(defaultCell, name).not.toMatch(/`/);
      else expect(defaultCell, name).toContain(`\`${String(value)}\``);
    }
  });
});

describe('scripts/site-url.mjs (the Docker build runs it)', () => {
  const check = (siteUrl: string | undefined) => {
    const env = { ...process.env, SITE_URL: siteUrl };
    if (siteUrl === undefined) delete env.SITE_URL;
    return spawnSync(process.execPath, ['scripts/site-url.mjs'], { env, encoding: 'utf8' });
  };

  it('refuses a missing or local SITE_URL with one line naming the variable', () => {
    for (const value of [undefined, '', 'http://localhost:3000', 'http://127.0.0.1:3000']) {
      const result = check(value);
      expect(result.status, String(value)).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^SITE_URL /);
    }
  });

  it('accepts a public origin', () => {
    expect(check('https://careers.example.org').status).toBe(0);
  });
});
