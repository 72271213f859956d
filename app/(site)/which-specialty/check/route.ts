import { handleQuizCheck } from '@/lib/quiz/problem-page';

// Answers with something missing or wrong land here: a 400 page that keeps the valid answers.
export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return handleQuizCheck(request.url);
}
