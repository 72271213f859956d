import { modalityInfo, type StateRule } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';
import { StatusBadge } from './status-badge';

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The status as one plain sentence about this state, for every specialty the finding covers. */
function statusSentence(rule: StateRule, workers: string): string {
  const { name } = rule.state;
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
 * One finding just for this state, said once for every specialty it covers. Each specialty's id
 * (#mri) is where the finder lands: the section's own id for the first, an anchor at its top for
 * the others; :target (or a targeted anchor inside) highlights the section.
 */
export function StateFindingSection({ rules }: { rules: [StateRule, ...StateRule[]] }) {
  const [rule, ...others] = rules;
  const id = rule.modality;
  const names = listOf(rules.map((r) => modalityInfo[r.modality].name));
  const workers = listOf(rules.map((r) => modalityInfo[r.modality].workers));
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 border-l-4 border-line py-1 pl-4 target:border-brand target:bg-paper-alt target:outline-4 target:outline-brand has-[:target]:border-brand has-[:target]:bg-paper-alt has-[:target]:outline-4 has-[:target]:outline-brand"
    >
      {others.map((r) => (
        <span key={r.modality} id={r.modality} className="block scroll-mt-4" />
      ))}
      <h3 id={`${id}-heading`} className="text-lg font-bold">
        {names}
      </h3>
      <p className="mt-1">
        <StatusBadge status={rule.status} /> {statusSentence(rule, workers)}
      </p>
      <p className="mt-2">{rule.note}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-bold">Source</dt>
        <dd>
          {rule.source.publisher},{' '}
          <a href={rule.source.url} className="text-brand underline">
            {rule.source.title}
          </a>{' '}
          ({rule.source.edition}
          {rule.source.kind === 'copy-of-law' && '; an unofficial copy of the law, so check the official text'}
          {rule.source.kind === 'secondary' && '; a report, not the rule itself'})
        </dd>
        <dt className="font-bold">Checked</dt>
        <dd>
          <time dateTime={rule.checked}>{formatDate(rule.checked)}</time>
        </dd>
      </dl>
    </section>
  );
}
