// The framework's own cost for a POST: reads the body and answers 201, nothing else.
// Only the benchmark turns it on (BENCH_NOOP=1); otherwise it does not exist.
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  if (process.env.BENCH_NOOP !== '1') return new Response('Not found', { status: 404 });
  await request.text();
  return Response.json({ ok: true }, { status: 201 });
}
