/** 503 for a person: a short page in words, Retry-After, never cached. */
export function unavailablePage(message: string, retryAfterSeconds = 60): Response {
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Unavailable just now</title></head><body><main><h1>Unavailable just now</h1><p>${text}</p></main></body></html>`;
  return new Response(body, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(retryAfterSeconds),
    },
  });
}

export const storeDownMessage =
  'The feedback store cannot be reached just now. Nothing was changed. Please try again in a minute.';
