import type { Metadata } from 'next';
import { CompareView, compareDescription, compareTitle } from '@/components/data-views/compare-view';
import { parsePicks, pickParam } from '@/lib/compare/picks';
import { absoluteUrl } from '@/lib/site';

// Reached through the proxy's rewrite of /compare?pick=…, which keeps that address in the browser
// (proxy.ts). Its own address is not indexed and names /compare as the canonical page.
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
