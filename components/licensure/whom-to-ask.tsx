import Link from 'next/link';
import { licensureData, type UsState } from '@/lib/content/licensure';
import { formatDate } from '@/lib/site';

const asrtMap = licensureData.sources.find((s) => s.id === 'asrt-licensure');

/**
 * The one place on a state page that says whom to ask: the state's own office, linked when we
 * found its page, else the national map (ASRT's) that covers every state; then the school and employer.
 */
export function WhomToAsk({ state }: { state: UsState }) {
  const { agency } = state;
  const national = asrtMap && (
    <a href={asrtMap.url} className="text-brand underline">
      {asrtMap.publisher}&rsquo;s licensure page
    </a>
  );
  return (
    <section
      aria-labelledby="ask-heading"
      data-whom-to-ask=""
      className="mt-6 max-w-3xl rounded-lg border-2 border-brand bg-paper-alt p-4"
    >
      <h2 id="ask-heading" className="text-xl font-bold">
        Whom to ask
      </h2>
      <p className="mt-2">Rules change, so check with {state.name} itself before you choose a program or take a job.</p>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        <li>
          {agency?.url ? (
            <>
              <a href={agency.url} className="font-bold text-brand underline">
                {agency.name}
              </a>
              : the state office to ask in {state.name}, as far as we found.
              {agency.checked && (
                <>
                  {' '}
                  We checked this address on <time dateTime={agency.checked}>{formatDate(agency.checked)}</time>.
                </>
              )}
            </>
          ) : (
            <>
              {agency
                ? `${agency.name}: the state office to ask in ${state.name}, as far as we found. We found no page of its own to link to, so search the state’s website for it, or use the map below.`
                : `${state.name}’s own office: we did not find which one to ask. Search the state’s website for its`}
              {!agency && (
                <>
                  {' '}
                  <Link prefetch={false} href="/glossary#radiation-control-program" className="text-brand underline">
                    radiation control program
                  </Link>{' '}
                  or medical imaging board, or use the map below.
                </>
              )}
            </>
          )}
        </li>
        {national && <li>The ASRT Licensure Map, on the {national}, shows the rules state by state.</li>}
        <li>The imaging program you plan to attend, and any employer you apply to: ask which license the job needs.</li>
      </ul>
    </section>
  );
}
