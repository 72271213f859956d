'use client';

import { useState } from 'react';
import { useEnhanced } from '@/components/use-browser-value';

/** Copies the page's address with this heading's #anchor and says so. Rendered only when JavaScript runs. */
export function CopyLinkButton({ id, label }: { id: string; label: string }) {
  const enhanced = useEnhanced();
  const [status, setStatus] = useState('');
  if (!enhanced) return null;
  const copy = () => {
    const url = new URL(window.location.href);
    url.hash = id;
    navigator.clipboard
      .writeText(url.href)
      .then(() => setStatus('Link copied'))
      .catch(() => setStatus('Could not copy: use the # link'));
  };
  return (
    <>
      <button
        type="button"
        onClick={copy}
        onBlur={() => setStatus('')}
        aria-label={`Copy link to section: ${label}`}
        className="rounded px-1 text-sm font-normal text-ink-muted hover:text-brand"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="inline-block align-[-2px]">
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
      </button>
      <span
        role="status"
        className="absolute right-0 top-full z-10 whitespace-nowrap rounded border border-line bg-paper px-2 text-sm font-normal text-ink empty:border-transparent empty:px-0"
      >
        {status}
      </span>
    </>
  );
}
