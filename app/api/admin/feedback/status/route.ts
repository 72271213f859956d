import { z } from 'zod';
import { getFeedbackContext } from '@/lib/feedback/context';
import { readLimited } from '@/lib/feedback/service';
import { isSameOrigin } from '@/lib/feedback/same-origin';
import { storeDownMessage, unavailablePage } from '@/lib/feedback/unavailable';

export const dynamic = 'force-dynamic';

const maxStatusBodyBytes = 2048;

const statusSchema = z.object({
  voteId: z.string().min(1).max(64),
  status: z.enum(['new', 'reviewed', 'spam']),
  back: z
    .string()
    .regex(/^\/admin\/feedback(\?[^\s]*)?$/)
    .default('/admin/feedback'),
});

/** Marks a comment reviewed or spam. Reached only through proxy.ts; same-origin forms only. */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request.headers)) {
    return new Response('Forbidden: this form can only be sent from the dashboard.', { status: 403 });
  }
  const text = await readLimited(request, maxStatusBodyBytes);
  if (text === null) return new Response('Request too large.', { status: 413 });
  const parsed = statusSchema.safeParse(Object.fromEntries(new URLSearchParams(text)));
  if (!parsed.success) return new Response('Invalid request.', { status: 422 });
  let found: boolean;
  try {
    const { store } = await getFeedbackContext();
    found = await store.setStatus(parsed.data.voteId, parsed.data.status);
  } catch (error) {
    console.error('admin: could not change a vote status', error);
    return unavailablePage(storeDownMessage);
  }
  if (!found) return new Response('No such vote.', { status: 404 });
  return new Response(null, { status: 303, headers: { Location: parsed.data.back, 'Cache-Control': 'no-store' } });
}
