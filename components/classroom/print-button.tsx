'use client';

/** Opens the browser's print dialog. Hidden on paper; the browser's own print command works without it. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand px-3 py-2 font-medium text-brand hover:bg-paper-alt"
    >
      {label}
    </button>
  );
}
