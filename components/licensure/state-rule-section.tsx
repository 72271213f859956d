import { modalityInfo, type StateRule } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';
import { StatusBadge } from './status-badge';

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

/**
 * What we found just for this state in one specialty. Its id (#mri) is where the finder lands;
 * :target highlights it.
 */
export function StateRuleSection({ rule }: { rule: StateRule }) {
  const id = rule.modality;
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 border-l-4 border-line py-1 pl-4 target:border-brand target:bg-paper-alt target:outline-4 target:outline-brand"
    >
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {modalityInfo[rule.modality].name}
      </h3>
      <p className="mt-1">
        <StatusBadge status={rule.status} /> {statusSentence(rule)}
      </p>
      <p className="mt-2">{rule.note}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
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
    </section>
  );
}
