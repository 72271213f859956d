import { getFeedbackContext } from '@/lib/feedback/context';
import { handleView } from '@/lib/feedback/views';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    return await handleView(request, await getFeedbackContext());
  } catch (error) {
    console.error('views: could not count a view', error);
    return new Response(null, { status: 503, headers: { 'Retry-After': '60', 'Cache-Control': 'no-store' } });
  }
}
