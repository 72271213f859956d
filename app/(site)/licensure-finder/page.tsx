import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { FinderForm } from '@/components/licensure/finder-form';
import { topicUrl } from '@/lib/content';
import {
  confirmedCellCount,
  getStateRules,
  isConfirmed,
  licensureData,
  licensureFinderPath,
  stateFinderPath,
} from '@/lib/content/licensure';
import { absoluteUrl, formatDate } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const title = 'Licensure finder';
const description =
  'Pick a US state to see whether it licenses X-ray, ultrasound, MRI, nuclear medicine and radiation therapy work, with sources.';

// Whole grid cells are the links, at least 44 px tall, so a finger cannot miss (WCAG 2.5.5).
const stateGrid = 'mt-3 grid grid-cols-2 gap-x-4 sm:grid-cols-3 md:grid-cols-4';
const stateLink = 'flex min-h-11 min-w-11 items-center text-brand underline';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl(licensureFinderPath) },
  openGraph: { title, description, url: absoluteUrl(licensureFinderPath) },
};

export default function LicensureFinderPage() {
  const withFindings = licensureData.states.filter((s) =>
    getStateRules(s.code).some((r) => !r.isDefault && isConfirmed(r.status)),
  );
  const cells = confirmedCellCount();
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Licensure', href: topicUrl('licensure') },
          { label: title, href: licensureFinderPath },
        ]}
        title={title}
      />
      <div className="mt-3 max-w-2xl space-y-3 text-lg">
        <p>
          Pick a state to see whether you need a state{' '}
          <Link prefetch={false} href="/glossary#license" className="text-brand underline">
            license
          </Link>{' '}
          to work in imaging there. Each finding names its source and the date we checked it.
        </p>
        <p>
          We confirmed {cells.confirmed} of the {cells.total} state-and-specialty rules (51 places times 5 specialties)
          from a state law, a state agency or a national body&rsquo;s own page. For the rest, the page says we could not
          confirm the rule and tells you whom to ask.
        </p>
      </div>

      <FinderForm />

      <section aria-labelledby="confirmed" className="mt-10 max-w-3xl">
        <h2 id="confirmed" className="text-2xl font-bold">
          States with a rule we could confirm
        </h2>
        <p className="mt-2">
          We found a rule of the state&rsquo;s own for at least one specialty in these places (last reviewed{' '}
          <time dateTime={licensureData.checked}>{formatDate(licensureData.checked)}</time>; each finding shows the day
          it was checked):
        </p>
        <ul className={stateGrid}>
          {withFindings.map((s) => (
            <li key={s.code}>
              <Link prefetch={false} href={stateFinderPath(s.code)} className={stateLink}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="all-states" className="mt-10">
        <h2 id="all-states" className="text-2xl font-bold">
          Every state
        </h2>
        <p className="mt-2 max-w-3xl">Each state has its own page, so you can link straight to it.</p>
        <ul className={stateGrid}>
          {licensureData.states.map((s) => (
            <li key={s.code}>
              <Link prefetch={false} href={stateFinderPath(s.code)} className={stateLink}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <p className="mt-10 max-w-3xl">
        Why do the rules differ from state to state? Read{' '}
        <Link prefetch={false} href="/state-licensing" className="text-brand underline">
          State licensing
        </Link>
        .
      </p>
      <FeedbackSection page={licensureFinderPath} />
    </>
  );
}
