import type { FeedbackRow } from './store';

// A cell starting with one of these is run as a formula by spreadsheet programs.
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV cell: quoted, quotes doubled, and formulas neutralised with a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function feedbackCsv(rows: FeedbackRow[]): string {
  const header = ['created_at', 'page', 'helpful', 'reasons', 'comment', 'status'];
  const lines = rows.map((r) =>
    [r.createdAt, r.page, r.helpful ? 'yes' : 'no', r.reasons.join(' '), r.comment ?? '', r.status]
      .map(csvCell)
      .join(','),
  );
  return [header.map(csvCell).join(','), ...lines].join('\r\n') + '\r\n';
}
