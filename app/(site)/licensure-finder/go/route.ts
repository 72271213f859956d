import { handleFinderRequest } from '@/lib/licensure-finder';

// Answers the finder form: 303 to the state page, or 400 with a page saying what was wrong.
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return handleFinderRequest(request.url);
}
