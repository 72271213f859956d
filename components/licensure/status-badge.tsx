import { statusLabel, type LicensureStatus } from '@/lib/content/licensure';
import { cn } from '@/lib/cn';

// A shape and a border style for each status as well as its words, so the badge never relies on colour.
const look: Record<LicensureStatus, { mark: string; className: string }> = {
  licensed: { mark: '✓', className: 'border-2 border-brand font-bold' },
  'regulated-other': { mark: '◆', className: 'border-2 border-warning' },
  'not-on-list': { mark: '–', className: 'border border-ink-muted' },
  unknown: { mark: '?', className: 'border border-dashed border-ink-muted' },
};

/** One finding's status in words, with a mark and border that differ by status. */
export function StatusBadge({ status }: { status: LicensureStatus }) {
  const { mark, className } = look[status];
  return (
    <span
      data-status={status}
      className={cn('inline-flex items-baseline gap-1 rounded px-1.5 py-0.5 text-sm text-ink', className)}
    >
      <span aria-hidden="true">{mark}</span>
      <span>{statusLabel[status]}</span>
    </span>
  );
}
