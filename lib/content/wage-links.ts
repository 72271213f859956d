import type { Occupation } from './occupations';

/** Official pages where a reader finds pay for one occupation in their own state or metro area. */
export type WageLinks = { oews: string; careerOneStop: string };

const socPattern = /^(\d{2})-(\d{4})$/;

/**
 * Builds the links from the occupation's SOC code, so no page types them by hand.
 * OEWS: the BLS national profile, with maps and tables by state and metro area.
 * CareerOneStop: the U.S. Department of Labor's Salary Finder, where the reader picks a place.
 */
export function wageLinksFor(soc: string): WageLinks {
  const m = socPattern.exec(soc);
  if (!m) throw new Error(`"${soc}" is not a SOC code like 29-2034`);
  const digits = `${m[1]}${m[2]}`;
  return {
    oews: `https://www.bls.gov/oes/current/oes${digits}.htm`,
    careerOneStop: `https://www.careeronestop.org/Toolkit/Wages/find-salary.aspx?soccode=${digits}&location=United%20States`,
  };
}

/** Occupations that have a SOC code, each with its wage links, in data-file order. */
export function occupationsWithWageLinks(list: Occupation[]): { occupation: Occupation; links: WageLinks }[] {
  return list.flatMap((occupation) =>
    occupation.soc === null ? [] : [{ occupation, links: wageLinksFor(occupation.soc) }],
  );
}
