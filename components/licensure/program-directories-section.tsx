import Link from 'next/link';
import { directoryLink, programChecklistPath, programDirectoriesData } from '@/lib/content/program-directories';
import type { UsState } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';

/** Links to each accreditor's own program search, for one state. Links only: no program list is copied here. */
export function ProgramDirectoriesSection({ state }: { state: UsState }) {
  const { directories, checked } = programDirectoriesData;
  return (
    <section id="programs" aria-labelledby="programs-heading" className="scroll-mt-4 rounded-lg border border-line p-4">
      <h2 id="programs-heading" className="text-2xl font-bold">
        Find an accredited program in {state.name}
      </h2>
      <p className="mt-2">
        Each accrediting body keeps its own up-to-date list of programs. Open the search for your field and pick{' '}
        {state.name} there. We link to the lists rather than copy them, so you always see the current one.
      </p>
      <ul className="mt-3 space-y-3">
        {directories.map((d) => {
          const link = directoryLink(d, state.code);
          return (
            <li key={d.id}>
              <a href={link.href} className="font-bold text-brand underline">
                {link.filtered ? `${d.linkText} in ${state.name}` : d.linkText}
              </a>
              <span className="block text-sm">
                <span className="font-bold">{d.fields}.</span> {d.shortName}: {d.body}. {d.howToUse}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-3">
        Found a program?{' '}
        <Link prefetch={false} href={programChecklistPath} className="text-brand underline">
          How to check a program
        </Link>{' '}
        lists what to look at before you apply: accreditation, results, clinical sites, cost and the waitlist.
      </p>
      <p className="mt-2 text-sm text-ink-muted">
        We checked these addresses on <time dateTime={checked}>{formatDate(checked)}</time>.
      </p>
    </section>
  );
}
