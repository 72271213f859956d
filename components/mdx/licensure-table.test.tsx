import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getModalityRules, modalities } from '@/lib/content/licensure';
import { foldAfterRows, LicensureTable, placesLabel } from './licensure-table';

describe('placesLabel', () => {
  it('counts states and names DC on its own', () => {
    expect(placesLabel(['NH', 'NM', 'ND', 'OR'])).toBe('4 states');
    expect(placesLabel(['OR'])).toBe('1 state');
    expect(placesLabel(['DC', 'NY', 'TX'])).toBe('2 states and DC');
  });
});

describe('LicensureTable', () => {
  const confirmed = (m: (typeof modalities)[number]) => getModalityRules(m).filter((r) => !r.isDefault);

  it('folds a table longer than the threshold behind a summary that counts its places, and leaves a short one open', () => {
    const long = modalities.filter((m) => confirmed(m).length > foldAfterRows);
    const short = modalities.filter((m) => confirmed(m).length <= foldAfterRows);
    expect(long.length).toBeGreaterThan(0);
    expect(short.length).toBeGreaterThan(0);
    for (const m of long) {
      const html = renderToStaticMarkup(<LicensureTable modality={m} />);
      const codes = confirmed(m).map((r) => r.state.code);
      expect(html).toMatch(/^<details[^>]* data-state-table="[a-z-]+"/);
      expect(html).not.toMatch(/<details[^>]* open/);
      expect(html).toContain(`<span>Show the table: ${placesLabel(codes)} we could confirm</span>`);
      // One row per confirmed place and one for all the others, inside the fold.
      const body = /<tbody>(.*)<\/tbody>/.exec(html)?.[1] ?? '';
      expect(body.match(/<tr /g)).toHaveLength(codes.length + 1);
    }
    for (const m of short) {
      const html = renderToStaticMarkup(<LicensureTable modality={m} />);
      expect(html).not.toContain('<details');
      expect(html).toMatch(/^<div role="region"/);
    }
  });
});
