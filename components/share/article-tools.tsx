'use client';

import { useState } from 'react';
import { useEnhanced, useBrowserValue } from '@/components/use-browser-value';

/** Print, copy link and share: shown only when JavaScript runs, since each needs it. No third-party scripts. */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  const enhanced = useEnhanced();
  const canShare = useBrowserValue(() => typeof navigator.share === 'function', false);
  const [status, setStatus] = useState('');
  // The row's height is kept without JavaScript too, so the buttons arriving moves nothing.
  if (!enhanced) return <div className="no-print mt-4 mb-6 min-h-11" />;
  const button = 'min-h-11 rounded border border-line px-3 py-1 text-sm font-semibold text-brand hover:bg-paper-alt';
  return (
    <div className="no-print mt-4 mb-6 flex min-h-11 flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => window.print()}>
        Print this page
      </button>
      <button
        type="button"
        className={button}
        onClick={() =>
          void navigator.clipboard
            .writeText(url)
            .then(() => setStatus('Link copied.'))
            .catch(() => setStatus('Could not copy the link. Copy it from the address bar instead.'))
        }
      >
        Copy link
      </button>
      {canShare && (
        <button
          type="button"
          className={button}
          onClick={() => void navigator.share({ title, url }).catch(() => undefined)}
        >
          Share…
        </button>
      )}
      <span role="status" className="text-sm text-ink-muted">
        {status}
      </span>
    </div>
  );
}
