import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { occupations } from '@/lib/content';
import { PayLinks, PaySpread } from './pay-tables';

describe('PaySpread', () => {
  it('shows one row per occupation with low, median and high pay, each with its source', () => {
    const html = renderToStaticMarkup(<PaySpread />);
    const withSpread = occupations.filter((o) => o.figures.pay10 && o.figures.pay90 && o.figures.medianPay);
    expect(withSpread.length).toBeGreaterThan(3);
    const body = /<tbody>(.*)<\/tbody>/.exec(html)?.[1] ?? '';
    expect(body.match(/<tr /g)?.length).toBe(withSpread.length);
    expect(html).toContain('$52,360');
    expect(html).toContain('$77,660');
    expect(html).not.toMatch(/\$\s*</);
  });
});

describe('PayLinks', () => {
  it('links each occupation with a SOC code to its BLS and CareerOneStop pages', () => {
    const html = renderToStaticMarkup(<PayLinks />);
    expect(html).toContain('href="https://www.bls.gov/oes/current/oes292032.htm"');
    expect(html).toContain('soccode=291124');
    expect(html).not.toContain('Radiologic and MRI technologists (combined');
  });
});
