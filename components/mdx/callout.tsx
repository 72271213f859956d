import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

const kinds = {
  note: { label: 'Note', className: 'border-note' },
  warning: { label: 'Warning', className: 'border-warning' },
  misconception: { label: 'Common misconception', className: 'border-misconception' },
} as const;

export type CalloutType = keyof typeof kinds;

/** A boxed aside inside an article: a note, a warning, or a misconception corrected. */
export function Callout({ type, title, children }: { type: CalloutType; title?: string; children: ReactNode }) {
  const kind = kinds[type];
  if (!kind) {
    throw new Error(`<Callout type="${String(type)}">: unknown type. Valid types: ${Object.keys(kinds).join(', ')}`);
  }
  return (
    <div role="note" className={cn('not-prose my-6 rounded-md border-l-4 bg-paper-alt px-4 py-3', kind.className)}>
      <p className="font-bold">
        <span className="block text-sm font-normal uppercase tracking-wide text-ink-muted">{kind.label}</span>
        {title}
      </p>
      <div className="mt-2 space-y-2 leading-relaxed [&_a]:text-brand [&_a]:underline">{children}</div>
    </div>
  );
}
