import { getFeedbackContext } from '@/lib/feedback/context';
import { handleFeedback } from '@/lib/feedback/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  let context;
  try {
    context = await getFeedbackContext();
  } catch (error) {
    console.error('feedback: store unavailable', error);
    return Response.json(
      { error: 'We could not save your feedback just now. Please try again in a minute.' },
      { status: 503, headers: { 'Retry-After': '60', 'Cache-Control': 'no-store' } },
    );
  }
  return handleFeedback(request, context);
}
