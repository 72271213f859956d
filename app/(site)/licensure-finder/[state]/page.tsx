import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/layout/page-header';
import { ProgramDirectoriesSection } from '@/components/licensure/program-directories-section';
import { StateRuleSection } from '@/components/licensure/state-rule-section';
import { topicUrl } from '@/lib/content';
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
  if (specific === 0) {
    return `We could not confirm any rules just for ${state.name}. Each section below shows what we know and whom to ask.`;
  }
  const found = `We confirmed a rule just for ${state.name} for ${specific} of the ${total} specialties below.`;
  return specific === total ? found : `${found} The others show what we know and whom to ask.`;
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
      <div className="mt-3 max-w-3xl space-y-3">
        <p className="text-lg">{summary(state, specific, rules.length)}</p>
        <p>
          A{' '}
          <Link prefetch={false} href="/glossary#license" className="text-brand underline">
            license
          </Link>{' '}
          is a state&rsquo;s permission to work there. It is not the same as a national certification (see{' '}
          <Link prefetch={false} href="/license-vs-certification" className="text-brand underline">
            License vs. certification
          </Link>
          ). Rules change, so check with the state before you choose a program or take a job. Each section shows the day
          we checked it; we last reviewed this page on{' '}
          <time dateTime={licensureData.checked}>{formatDate(licensureData.checked)}</time>.
        </p>
      </div>

      <nav aria-label="Specialties on this page" className="mt-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {rules.map((r) => (
            <li key={r.modality}>
              <a href={`#${r.modality}`} className="text-brand underline">
                {modalityInfo[r.modality].name}
              </a>
            </li>
          ))}
          <li>
            <a href="#programs" className="text-brand underline">
              Find a program
            </a>
          </li>
        </ul>
      </nav>

      <div className="mt-6 max-w-3xl space-y-6">
        {rules.map((r) => (
          <StateRuleSection key={r.modality} rule={r} />
        ))}
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
