'use client';

import { useState } from 'react';
import { useEnhanced } from '@/components/use-browser-value';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function today(style: 'us' | 'mla'): string {
  const d = new Date();
  const month = months[d.getMonth()] ?? '';
  if (style === 'us') return `${month} ${d.getDate()}, ${d.getFullYear()}`;
  const short = month.length > 4 ? `${month === 'September' ? 'Sept' : month.slice(0, 3)}.` : month;
  return `${d.getDate()} ${short} ${d.getFullYear()}`;
}

/**
 * One citation as text (readable and selectable without JavaScript). With JavaScript the access
 * date is filled in with today's date and a copy button appears.
 */
export function CitationLine({
  text,
  placeholder,
  dateStyle,
  label,
}: {
  text: string;
  placeholder: string;
  dateStyle: 'us' | 'mla';
  label: string;
}) {
  const enhanced = useEnhanced();
  const [copied, setCopied] = useState(false);
  const shown = enhanced ? text.replace(placeholder, today(dateStyle)) : text;
  return (
    <div>
      <p className="break-words">{shown}</p>
      {enhanced && (
        <p className="no-print mt-1 flex items-center gap-3">
          <button
            type="button"
            className="min-h-11 rounded border border-brand px-3 py-1 text-sm font-semibold text-brand"
            onClick={() => void navigator.clipboard.writeText(shown).then(() => setCopied(true))}
          >
            Copy {label} citation
          </button>
          <span role="status" className="text-sm text-ink-muted">
            {copied ? 'Copied.' : ''}
          </span>
        </p>
      )}
    </div>
  );
}
