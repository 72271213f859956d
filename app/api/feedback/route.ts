import { getFeedbackContext } from '@/lib/feedback/context';
import { handleFeedback, storeUnavailable } from '@/lib/feedback/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  let context;
  try {
    context = await getFeedbackContext();
  } catch (error) {
    console.error('feedback: store unavailable', error);
    return storeUnavailable(request);
  }
  return handleFeedback(request, context);
}

/** Votes are posted; anything else is a 405 that no cache keeps. */
export function GET(): Response {
  return Response.json(
    { error: 'Send feedback with POST.' },
    { status: 405, headers: { Allow: 'POST', 'Cache-Control': 'no-store' } },
  );
}
