import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

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

  it('rejects an admin token that is too short to be safe', () => {
    expect(() => parseEnv({ FEEDBACK_ADMIN_TOKEN: 'short' })).toThrow(/FEEDBACK_ADMIN_TOKEN/);
  });
});
