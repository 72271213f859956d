import { describe, expect, it } from 'vitest';
import { occupations } from './occupations';
import { occupationsWithWageLinks, wageLinksFor } from './wage-links';

describe('wageLinksFor', () => {
  it('builds the BLS OEWS and CareerOneStop links from the SOC code', () => {
    expect(wageLinksFor('29-2034')).toEqual({
      oews: 'https://www.bls.gov/oes/current/oes292034.htm',
      careerOneStop:
        'https://www.careeronestop.org/Toolkit/Wages/find-salary.aspx?soccode=292034&location=United%20States',
    });
  });

  it('rejects something that is not a SOC code', () => {
    expect(() => wageLinksFor('29-20345')).toThrow(/not a SOC code/);
    expect(() => wageLinksFor('292034')).toThrow(/not a SOC code/);
  });
});

describe('occupationsWithWageLinks', () => {
  it('links every occupation in the data file that has a SOC code, and skips combined profiles', () => {
    const rows = occupationsWithWageLinks(occupations);
    const withSoc = occupations.filter((o) => o.soc !== null);
    expect(rows.map((r) => r.occupation.id)).toEqual(withSoc.map((o) => o.id));
    expect(rows.map((r) => r.occupation.id)).not.toContain('radiologic-and-mri-technologists');
    for (const { occupation, links } of rows) {
      expect(links.oews).toContain((occupation.soc ?? '').replace('-', ''));
    }
  });
});
