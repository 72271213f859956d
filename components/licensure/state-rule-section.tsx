import Link from 'next/link';
import { licensureData, modalityInfo, statusLabel, type StateRule } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';

/** The status as one plain sentence about this state. */
function statusSentence(rule: StateRule): string {
  const { name } = rule.state;
  const workers = modalityInfo[rule.modality].workers;
  switch (rule.status) {
    case 'licensed':
      return `${name} requires ${workers} to hold a state license. The state may call it a certificate, permit or accreditation.`;
    case 'not-on-list':
      return `${name} is not on the list of states that the source below names as licensing ${workers}. That list is all we found: it does not prove ${name} has no such law.`;
    case 'regulated-other':
      return `${name} has rules for ${workers}, but they are not a license.`;
    case 'unknown':
      return `We could not confirm whether ${name} licenses ${workers}.`;
  }
}

const asrtMap = licensureData.sources.find((s) => s.id === 'asrt-licensure');

/** Where to confirm a rule we could not: the ASRT map, the state itself, the school and the employer. */
function WhomToAsk({ rule, headingId }: { rule: StateRule; headingId: string }) {
  const { agency } = rule.state;
  return (
    <div className="mt-4 rounded border border-line bg-paper-alt p-3">
      <h3 id={headingId} className="font-bold">
        Whom to ask
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {asrtMap && (
          <li>
            The ASRT Licensure Map, on the{' '}
            <a href={asrtMap.url} className="text-brand underline">
              {asrtMap.publisher}&rsquo;s licensure page
            </a>
            , shows the rules state by state.
          </li>
        )}
        {agency && (
          <li>
            {agency.url ? (
              <a href={agency.url} className="text-brand underline">
                {agency.name}
              </a>
            ) : (
              agency.name
            )}
            : the office that handles this in {rule.state.name}, as far as we found.
          </li>
        )}
        <li>
          {rule.state.name}&rsquo;s{' '}
          <Link prefetch={false} href="/glossary#radiation-control-program" className="text-brand underline">
            radiation control program
          </Link>
          , or its medical imaging board if it has one. The state&rsquo;s own website is the best place to confirm a
          rule.
        </li>
        <li>The imaging program you plan to attend.</li>
        <li>Any employer you apply to: ask which license and credentials the job needs.</li>
      </ul>
    </div>
  );
}

/** One modality on a state page. Its id (#mri) is where the finder lands; :target highlights it. */
export function StateRuleSection({ rule }: { rule: StateRule }) {
  const id = rule.modality;
  const needsAsking = rule.status === 'unknown' || rule.status === 'not-on-list' || rule.isDefault;
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 rounded-lg border border-line p-4 target:border-brand target:bg-paper-alt target:outline-4 target:outline-brand"
    >
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {modalityInfo[rule.modality].name}
      </h2>
      <p className="mt-2">
        <span className="font-semibold">Status: {statusLabel[rule.status]}.</span> {statusSentence(rule)}
      </p>
      {rule.isDefault && (
        <p className="mt-2">
          We have no finding just for {rule.state.name}. What you see here is the general picture for states with no
          finding of their own.
        </p>
      )}
      <p className="mt-2">{rule.note}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Source</dt>
        <dd>
          {rule.source.publisher},{' '}
          <a href={rule.source.url} className="text-brand underline">
            {rule.source.title}
          </a>{' '}
          ({rule.source.edition}
          {rule.source.kind === 'copy-of-law' && '; an unofficial copy of the law, so check the official text'}
          {rule.source.kind === 'secondary' && '; a report, not the rule itself'})
        </dd>
        <dt className="font-semibold">Checked</dt>
        <dd>
          <time dateTime={rule.checked}>{formatDate(rule.checked)}</time>
        </dd>
      </dl>
      {needsAsking && <WhomToAsk rule={rule} headingId={`${id}-ask`} />}
    </section>
  );
}
