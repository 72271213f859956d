import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { ProgramDirectoriesSection } from '@/components/licensure/program-directories-section';
import { StateFindingSection } from '@/components/licensure/state-rule-section';
import { hasDetails, StateStatusTable } from '@/components/licensure/state-status-table';
import { WhomToAsk } from '@/components/licensure/whom-to-ask';
import { topicUrl } from '@/lib/content';
import { stateFindingGroups } from '@/lib/licensure-finder';
import {
  findState,
  getStateRules,
  isConfirmed,
  licensureData,
  licensureFinderPath,
  modalityInfo,
  stateFinderPath,
  statePageDescription,
  statePageTitle,
  type UsState,
} from '@/lib/content/licensure';
import { absoluteUrl, formatDate } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

type Props = { params: Promise<{ state: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return licensureData.states.map((s) => ({ state: s.code.toLowerCase() }));
}

const pageTitle = statePageTitle;

/** How much of the page is about this state, and how much is the general picture. */
function summary(state: UsState, specific: number, total: number): string {
  if (specific === 0) return `We could not confirm any rules just for ${state.name}. The table shows what we know.`;
  return `We confirmed a rule just for ${state.name} for ${specific} of the ${total} specialties.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = findState((await params).state);
  if (!state) return {};
  const title = pageTitle(state);
  const description = statePageDescription(state);
  const url = absoluteUrl(stateFinderPath(state.code));
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url } };
}

export default async function StateLicensurePage({ params }: Props) {
  const state = findState((await params).state);
  if (!state) notFound();
  const rules = getStateRules(state.code);
  const specific = rules.filter((r) => !r.isDefault && isConfirmed(r.status)).length;
  const findings = stateFindingGroups(rules);
  const general = rules.filter((r) => !hasDetails(r));
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Licensure', href: topicUrl('licensure') },
          { label: 'Licensure finder', href: licensureFinderPath },
          { label: state.name, href: stateFinderPath(state.code) },
        ]}
        title={pageTitle(state)}
      />
      <p className="mt-3 max-w-3xl text-lg">{summary(state, specific, rules.length)}</p>

      <StateStatusTable state={state} rules={rules} />

      {general.length > 0 && (
        <details className="mt-3 max-w-3xl">
          <summary className="flex min-h-11 cursor-pointer items-center text-brand underline">
            What &ldquo;No finding just for {state.name}&rdquo; means
          </summary>
          <p className="mt-2">
            For these specialties we found nothing just for {state.name}, so the row shows the general picture for
            states with no finding of their own:
          </p>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {general.map((r) => (
              <li key={r.modality}>
                <span className="font-bold">{modalityInfo[r.modality].name}:</span> {r.note}
              </li>
            ))}
          </ul>
        </details>
      )}

      <WhomToAsk state={state} />

      {findings.length > 0 && (
        <section aria-labelledby="found-heading" className="mt-8 max-w-3xl">
          <h2 id="found-heading" className="text-2xl font-bold">
            What we found in {state.name}
          </h2>
          <div className="mt-4 space-y-6">
            {findings.map((group) => (
              <StateFindingSection key={group[0].modality} rules={group} />
            ))}
          </div>
        </section>
      )}

      <p className="mt-8 max-w-3xl">
        A{' '}
        <Link prefetch={false} href="/glossary#license" className="text-brand underline">
          license
        </Link>{' '}
        is a state&rsquo;s permission to work there. It is not the same as a national certification (see{' '}
        <Link prefetch={false} href="/license-vs-certification" className="text-brand underline">
          License vs. certification
        </Link>
        ). We last reviewed this page on{' '}
        <time dateTime={licensureData.checked}>{formatDate(licensureData.checked)}</time>.
      </p>

      <div className="mt-8 max-w-3xl">
        <ProgramDirectoriesSection state={state} />
      </div>

      <p className="mt-10 max-w-3xl">
        <Link prefetch={false} href={licensureFinderPath} className="text-brand underline">
          Look up another state
        </Link>{' '}
        or read{' '}
        <Link prefetch={false} href="/state-licensing" className="text-brand underline">
          State licensing
        </Link>{' '}
        to learn why the rules differ.
      </p>
      <FeedbackSection page={stateFinderPath(state.code)} />
    </>
  );
}
