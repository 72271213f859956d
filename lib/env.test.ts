import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults the site URL to localhost:3000', () => {
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000');
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
  });
});
