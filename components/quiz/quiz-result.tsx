import Link from 'next/link';
import { specialtyInfo, type Specialty } from '@/lib/content/taxonomy';
import { answerLabel, questions, type Answers } from '@/lib/quiz/questions';
import type { RankedSpecialty } from '@/lib/quiz/score';

export type SpecialtyPage = { href: string; title: string } | undefined;

function names(ids: Specialty[]): string {
  const list = ids.map((id) => specialtyInfo[id].name);
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function Standing({ item }: { item: RankedSpecialty }) {
  const parts: string[] = [];
  if (item.tiedWith.length > 0) parts.push(`tied with ${names(item.tiedWith)}`);
  if (item.closeTo.length > 0) parts.push(`close to ${names(item.closeTo)}`);
  return (
    <span className="text-sm font-normal text-ink-muted">
      {' '}
      (score {item.score}
      {parts.length > 0 && `; ${parts.join('; ')}`})
    </span>
  );
}

/** The ranked list: every specialty, why it sits where it does (each line cited), then where to read next. */
export function QuizResult({
  ranked,
  answers,
  pages,
  headingId,
}: {
  ranked: RankedSpecialty[];
  answers: Answers;
  pages: Record<Specialty, SpecialtyPage>;
  headingId: string;
}) {
  const top = ranked.slice(0, 3);
  return (
    <section aria-labelledby={headingId} className="mt-8" data-quiz-result>
      <h2 id={headingId} tabIndex={-1} className="text-2xl font-bold print:text-[12pt]">
        Your ranking
      </h2>
      <p className="mt-2 max-w-3xl font-bold print:mt-0">
        This is a starting point to talk over with a school counselor, not a test with one right answer.
      </p>

      <details className="mt-3 max-w-3xl print:block" open>
        <summary className="cursor-pointer font-bold print:hidden">Your answers</summary>
        <ul className="mt-2 grid gap-x-6 text-sm sm:grid-cols-2 print:grid-cols-3 print:text-[7pt] print:leading-[1.15]">
          {questions.map((q) => (
            <li key={q.id}>
              <span className="text-ink-muted">{q.short}:</span> {answerLabel(q.id, answers[q.id])}
            </li>
          ))}
        </ul>
      </details>

      <ol className="mt-5 space-y-4 print:mt-2 print:columns-2 print:gap-4 print:space-y-0">
        {ranked.map((item) => {
          const page = pages[item.id];
          return (
            <li key={item.id} data-specialty={item.id} className="break-inside-avoid print:mb-1.5">
              <h3 className="text-lg font-bold print:text-[8.5pt]">
                {item.rank}.{' '}
                {page ? (
                  <Link prefetch={false} href={page.href} className="text-brand underline">
                    {item.name}
                  </Link>
                ) : (
                  item.name
                )}
                <Standing item={item} />
              </h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 print:space-y-0 print:pl-4 print:text-[7pt] print:leading-[1.15]">
                {item.why.map((line) => (
                  <li key={line.question} data-why={line.question}>
                    {line.text}{' '}
                    <a href={line.link.href} className="text-brand underline print:hidden">
                      {line.link.kind === 'source' ? 'Source' : 'See'}: {line.link.label}
                    </a>
                    <span className="hidden print:inline">({line.link.short})</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>

      <section aria-labelledby="read-next" className="no-print mt-6 max-w-3xl">
        <h3 id="read-next" className="text-xl font-bold">
          What to read next
        </h3>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <Link prefetch={false} href="/compare" className="text-brand underline">
              Compare your top three side by side
            </Link>
            : the comparison lists all nine; look for {names(top.map((t) => t.id))}.
          </li>
          {top.map((t) => {
            const page = pages[t.id];
            return (
              page && (
                <li key={t.id}>
                  <Link prefetch={false} href={page.href} className="text-brand underline">
                    {page.title}
                  </Link>
                </li>
              )
            );
          })}
          <li>
            <Link prefetch={false} href="/choosing-a-program#how-to-check-a-program" className="text-brand underline">
              How to check a program
            </Link>
            : accreditation, published results, clinical sites, cost and the waitlist.
          </li>
          <li>
            <Link prefetch={false} href="/career-ladder" className="text-brand underline">
              The career ladder
            </Link>
            : which first credential leads to which add-on.
          </li>
          <li>
            <Link prefetch={false} href="/licensure-finder" className="text-brand underline">
              Your state&rsquo;s license rules
            </Link>
          </li>
        </ul>
      </section>
    </section>
  );
}
