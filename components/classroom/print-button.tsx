'use client';

import { useEnhanced } from '@/components/use-browser-value';

/** Opens the browser's print dialog. Shown only when JavaScript runs (without it the button could
 *  do nothing; the browser's own print command always works) and hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  const enhanced = useEnhanced();
  if (!enhanced) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand px-3 py-2 font-bold text-brand hover:bg-paper-alt"
    >
      {label}
    </button>
  );
}
