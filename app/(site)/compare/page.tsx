import type { Metadata } from 'next';
import { CompareView, compareDescription, compareTitle } from '@/components/data-views/compare-view';
import { absoluteUrl } from '@/lib/site';

export const metadata: Metadata = {
  title: compareTitle,
  description: compareDescription,
  alternates: { canonical: absoluteUrl('/compare') },
  openGraph: { title: compareTitle, description: compareDescription, url: absoluteUrl('/compare') },
};

// Static: an address with ?pick= is sent to ./picked by the proxy (proxy.ts), so this page stays
// prerendered for everyone who arrives without a choice.
export default function ComparePage() {
  return <CompareView result={{ ok: true, picks: [] }} />;
}
