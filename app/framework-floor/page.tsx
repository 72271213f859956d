import type { Metadata } from 'next';

// The smallest page this app can serve: no client components of ours and no site chrome.
// The byte-budget test compares article pages against the JavaScript this page loads.
export const metadata: Metadata = { title: 'Framework floor', robots: { index: false, follow: false } };

export default function FrameworkFloorPage() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>This page exists to measure the JavaScript Next.js itself sends.</p>
    </main>
  );
}
