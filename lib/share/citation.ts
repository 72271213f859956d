import { site } from '../site';

export type CitableDocument = { title: string; url: string; reviewedAt: string };

/** Replaced by the reader's own date in the browser; stays as words when JavaScript is off. */
export const accessedPlaceholder = '(the date you read this page)';

function parts(iso: string) {
  const d = new Date(iso);
  const month = d.toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' });
  return { year: d.getUTCFullYear(), month, day: d.getUTCDate() };
}

/** "29 Nov. 2026": MLA abbreviates months longer than four letters. */
export function mlaDate(iso: string): string {
  const { year, month, day } = parts(iso);
  const short = month.length > 4 ? `${month.slice(0, 3)}.` : month;
  return `${day} ${short === 'Sep.' ? 'Sept.' : short} ${year}`;
}

export function usDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${month} ${day}, ${year}`;
}

export type Citations = { apa: string; mla: string; plain: string };

/**
 * APA 7, MLA 9 and a plain line for a page of this guide. The page's date is its review date;
 * `accessed` is an ISO date, or undefined to leave the placeholder for the reader to fill.
 */
export function citations(doc: CitableDocument, accessed?: string): Citations {
  const url = `${site.url}${doc.url}`;
  const { year, month, day } = parts(doc.reviewedAt);
  const accessedUs = accessed ? usDate(accessed) : accessedPlaceholder;
  const accessedMla = accessed ? mlaDate(accessed) : accessedPlaceholder;
  return {
    apa: `${doc.title}. (${year}, ${month} ${day}). ${site.name}. Retrieved ${accessedUs}, from ${url}`,
    mla: `“${doc.title}.” ${site.name}, ${mlaDate(doc.reviewedAt)}, ${url}. Accessed ${accessedMla}.`,
    plain: `${doc.title}. ${site.name}. ${url}. Last reviewed ${usDate(doc.reviewedAt)}. Accessed ${accessedUs}.`,
  };
}
