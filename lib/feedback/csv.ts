import type { FeedbackRow } from './store';

// A cell starting with one of these is run as a formula by spreadsheet programs.
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV cell: quoted, quotes doubled, and formulas neutralised with a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const header = ['created_at', 'page', 'helpful', 'reasons', 'comment', 'status'];

function csvLine(r: FeedbackRow): string {
  return [r.createdAt, r.page, r.helpful ? 'yes' : 'no', r.reasons.join(' '), r.comment ?? '', r.status]
    .map(csvCell)
    .join(',');
}

export function feedbackCsv(rows: FeedbackRow[]): string {
  return [header.map(csvCell).join(','), ...rows.map(csvLine)].join('\r\n') + '\r\n';
}

/**
 * The same CSV as a stream of bytes, one batch of rows at a time. The first batch is read before
 * the stream is returned, so a store that cannot answer fails here (the route answers 503) and not
 * half-way through a download.
 */
export async function feedbackCsvStream(batches: AsyncGenerator<FeedbackRow[]>): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const first = await batches.next();
  let pending: string | null =
    header.map(csvCell).join(',') + '\r\n' + (first.done ? '' : first.value.map((r) => csvLine(r) + '\r\n').join(''));
  let done = first.done ?? false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (pending !== null) {
        controller.enqueue(encoder.encode(pending));
        pending = null;
        if (done) controller.close();
        return;
      }
      const next = await batches.next();
      if (next.done) {
        done = true;
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((r) => csvLine(r) + '\r\n').join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
