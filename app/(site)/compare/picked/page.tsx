import type { Metadata } from 'next';
import { CompareView, compareDescription, compareTitle } from '@/components/data-views/compare-view';
import { parsePicks, pickParam } from '@/lib/compare/picks';
import { absoluteUrl } from '@/lib/site';

// Reached only through the proxy's rewrite of /compare?pick=…, which keeps that address in the
// browser; a direct request here is a 404 (proxy.ts).
export const metadata: Metadata = {
  title: compareTitle,
  description: compareDescription,
  alternates: { canonical: absoluteUrl('/compare') },
  robots: { index: false },
};

export default async function PickedComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const result = parsePicks((await searchParams)[pickParam]);
  return <CompareView result={result} />;
}
