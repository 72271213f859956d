import { getFeedbackContext } from '@/lib/feedback/context';
import { feedbackCsv } from '@/lib/feedback/csv';
import { parseDashboardFilter, toStoreFilter } from '@/lib/feedback/dashboard';

export const dynamic = 'force-dynamic';

/** CSV of the filtered votes. Reached only through proxy.ts. */
export async function GET(request: Request): Promise<Response> {
  const filter = parseDashboardFilter(new URL(request.url).searchParams);
  const { store } = await getFeedbackContext();
  const csv = feedbackCsv(await store.rows(toStoreFilter(filter)));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="feedback.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
