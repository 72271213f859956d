import type { ReactNode } from 'react';
import { getAtAGlance } from '@/lib/content/at-a-glance';
import { StaticLink } from '@/components/ui/static-link';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="rounded-lg bg-paper-alt px-3 py-2">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="font-bold leading-snug">{children}</dd>
    </div>
  );
}

/** "Is this for me?" in four answers, each computed from content/data and dated by its source.
 *  Plain anchors: it renders inside <StaticHtml>. */
export function AtAGlance() {
  const glance = getAtAGlance();
  return (
    <section aria-labelledby="glance-heading" className="mt-5">
      <h2 id="glance-heading" className="sr-only">
        At a glance
      </h2>
      <dl className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        <Item label="School to start">
          {glance.school.value}{' '}
          <span className="font-normal text-ink-muted">
            (usual for {glance.school.count === glance.school.of ? 'all' : `${glance.school.count} of`}{' '}
            {glance.school.of} jobs)
          </span>{' '}
          <StaticLink href="/how-long-is-school" className="text-sm font-normal text-brand underline">
            How many years?
          </StaticLink>
        </Item>
        <Item label={`Median pay, ${glance.pay.period}`}>
          {glance.pay.low.replace(/ a year$/, '')} to {glance.pay.high}
        </Item>
        {glance.work && (
          <Item label="Where most work">
            {glance.work.industry.replace(/ \(.*\)$/, '')}{' '}
            <span className="font-normal text-ink-muted">
              ({glance.work.lowPercent}% to {glance.work.highPercent}% of jobs)
            </span>
          </Item>
        )}
        <Item label="No ionizing radiation">{glance.noIonizing.map((s) => s.plainName).join(' and ')}</Item>
      </dl>
      <p className="mt-1 text-sm text-ink-muted">
        Figures for the {glance.school.of} jobs BLS counts on their own, from{' '}
        {glance.sources.map((s) => `${s.shortName}, ${s.edition}`).join('; ')}.{' '}
        <StaticLink href="/compare" className="underline">
          Each specialty with its sources
        </StaticLink>
      </p>
    </section>
  );
}
