import { getFeedbackContext } from '@/lib/feedback/context';
import { feedbackCsvStream } from '@/lib/feedback/csv';
import { parseDashboardFilter, toStoreFilter } from '@/lib/feedback/dashboard';
import { storeDownMessage, unavailablePage } from '@/lib/feedback/unavailable';

export const dynamic = 'force-dynamic';

/** CSV of the filtered votes, streamed a batch at a time. Reached only through proxy.ts. */
export async function GET(request: Request): Promise<Response> {
  const filter = parseDashboardFilter(new URL(request.url).searchParams);
  let body: ReadableStream<Uint8Array>;
  try {
    const { store } = await getFeedbackContext();
    body = await feedbackCsvStream(store.rowBatches(toStoreFilter(filter)));
  } catch (error) {
    console.error('admin: could not export feedback', error);
    return unavailablePage(storeDownMessage);
  }
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="feedback.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
