import { describe, expect, it } from 'vitest';
import { shortUrl } from './site';

describe('shortUrl', () => {
  it('drops the scheme from a path on this site', () => {
    expect(shortUrl('/radiography')).toBe('localhost:3000/radiography');
  });

  it('drops the scheme and "www." from a full address and keeps its query', () => {
    expect(shortUrl('https://www.imagingcareers.org/compare?pick=ct')).toBe('imagingcareers.org/compare?pick=ct');
  });

  it('writes the home page as the bare host', () => {
    expect(shortUrl('https://imagingcareers.org/')).toBe('imagingcareers.org');
  });
});
