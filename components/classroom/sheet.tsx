import Link from 'next/link';
import type { ReactNode } from 'react';
import { classroomPaths, classroomReviewedAt } from '@/lib/content/classroom';
import { getOccupation } from '@/lib/content';
import { formatDate, shortUrl } from '@/lib/site';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { PrintButton } from './print-button';

/** The top of a printable sheet: breadcrumbs and a print button on screen, the title on both. */
export function SheetHeader({ title, path, children }: { title: string; path: string; children?: ReactNode }) {
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'For counselors', href: '/for-counselors' },
          { label: 'Classroom kit', href: classroomPaths.lesson },
          { label: title, href: path },
        ]}
      />
      <div className="mt-4 flex flex-wrap items-start justify-between gap-3 print:mt-0">
        <h1 className="text-3xl font-bold sm:text-4xl">{title}</h1>
        <PrintButton label={`Print the ${title.toLowerCase()}`} />
      </div>
      {children && <p className="mt-2 max-w-3xl text-lg text-ink-muted print:text-base print:text-black">{children}</p>}
      <p className="no-print mt-2 text-sm text-ink-muted">
        Prints without the site&rsquo;s menus.{' '}
        <Link prefetch={false} href={classroomPaths.lesson} className="text-brand underline">
          Back to the lesson plan
        </Link>
        .
      </p>
    </>
  );
}

/** The date line every printed sheet carries: where it came from, when it was reviewed, which data edition. */
export function DateLine({ path }: { path: string }) {
  const source = getOccupation('radiologic-technologists').source;
  return (
    <p data-date-line className="mt-4 border-t border-line pt-2 text-sm text-ink-muted print:text-black">
      Imaging Careers classroom kit, {shortUrl(path)}. Reviewed{' '}
      <time dateTime={classroomReviewedAt}>{formatDate(classroomReviewedAt)}</time>. Pay and job figures:{' '}
      {source.shortName}, {source.edition}, pay for {source.wagePeriod}.
    </p>
  );
}

/** Ruled lines for a written answer (decorative: the question above names what to write). */
export function WriteLines({ count = 1 }: { count?: number }) {
  return (
    <span aria-hidden="true" className="block">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className="block h-8 border-b border-ink-muted print:h-8" />
      ))}
    </span>
  );
}
