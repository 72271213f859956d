import { gzipSync } from 'node:zlib';
import { getBrowserSearchIndex } from '@/lib/search/server';

// Built once at build time; the search box fetches it only when a reader focuses it.
export const dynamic = 'force-static';

export function GET(): Response {
  const index = getBrowserSearchIndex();
  const json = JSON.stringify(index);
  // Runs during `next build`, so the size appears in the build output.
  console.log(
    `Search index: ${index.documentCount} sections, ${(json.length / 1024).toFixed(1)} KB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
  );
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
