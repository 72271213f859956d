import { FeedbackSection } from '@/components/feedback/feedback-section';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DateLine, SheetHeader } from '@/components/classroom/sheet';
import { classroomPaths, getAnswerKey, inSentence, type SourcedAnswer } from '@/lib/content/classroom';
import { provenanceText } from '@/lib/content/provenance';
import { comparisonSources, type Cell, type ColumnId } from '@/lib/content/specialties';
import { absoluteUrl, titleMetadata } from '@/lib/site';

const title = 'Answer key';
const description =
  'Answers to the student worksheet, built from the guide’s data files, with the source and year of every figure.';
const path = classroomPaths.answerKey;

export const metadata: Metadata = {
  title: titleMetadata(`${title}: imaging careers classroom kit`),
  description,
  alternates: { canonical: absoluteUrl(path) },
  openGraph: { title, description, url: absoluteUrl(path) },
};

function Source({ answer }: { answer: SourcedAnswer }) {
  return (
    <span className="text-sm text-ink-muted print:text-black">
      {' '}
      ({answer.period ? `${answer.period}; ` : ''}
      <a href={answer.source.url} className="underline">
        {answer.source.shortName}, {answer.source.edition}
      </a>
      )
    </span>
  );
}

function Answer({ n, question, children }: { n: number; question: string; children: ReactNode }) {
  return (
    <li value={n} className="break-inside-avoid">
      <span className="font-bold">{question}</span> <span className="block">{children}</span>
    </li>
  );
}

/** A comparison cell in one line: the value with its period, or "Not published" and any related figure. */
function CellText({ cell }: { cell: Cell }) {
  if (cell.status === 'not-published') {
    return (
      <>
        Not published.
        {cell.related && ` ${cell.related.label}: ${cell.related.value} (${cell.related.period}).`}
      </>
    );
  }
  return (
    <>
      {cell.lines.join('; ')}
      {cell.period && ` (${cell.period})`}
    </>
  );
}

const tableColumns: { id: ColumnId; label: string }[] = [
  { id: 'entry', label: 'How you enter' },
  { id: 'credentials', label: 'Credentials' },
  { id: 'radiation', label: 'Ionizing radiation' },
  { id: 'medianPay', label: 'Median pay' },
  { id: 'workplaces', label: 'Where they work' },
];

export default function AnswerKeyPage() {
  const key = getAnswerKey();
  const list = (names: string[]) => names.join(', ');
  return (
    <article className="max-w-4xl print:max-w-none">
      <SheetHeader title={title} path={path}>
        For the teacher. Every answer comes from the guide&rsquo;s data files, so it matches what students see on the
        site today.
      </SheetHeader>

      <section aria-labelledby="answers" className="mt-4">
        <h2 id="answers" className="text-xl font-bold">
          Answers
        </h2>
        <ol className="mt-2 list-decimal space-y-2 pl-6 print:space-y-0.5">
          <Answer n={1} question="Top three specialties.">
            Answers vary. The quiz is a starting point to talk over, not a test with one right answer.
          </Answer>
          <Answer n={2} question="A “why” line.">
            Answers vary. Look for a reason tied to a fact on the site.
          </Answer>
          <Answer n={3} question="No ionizing radiation.">
            {list(key.noIonizing)}.
            {key.dependsIonizing.length > 0 && ` It depends on the work in ${list(key.dependsIonizing)}.`}
          </Answer>
          <Answer n={4} question={`Median pay of ${inSentence(key.pay.occupation)}.`}>
            {key.pay.text}, national median: half earned more and half less.
            <Source answer={key.pay} />
          </Answer>
          <Answer n={5} question={`Education ${inSentence(key.education.occupation)} usually need.`}>
            {key.education.text}.
            <Source answer={key.education} />
          </Answer>
          <Answer n={6} question="Entered only after a first credential.">
            Any of: {list(key.addOn)}.
          </Answer>
          <Answer n={7} question="Fastest expected job growth.">
            {list(key.fastestGrowth.specialties)}: {key.fastestGrowth.answer.text}.
            <Source answer={key.fastestGrowth.answer} />
          </Answer>
          <Answer n={8} question="First credential.">
            See the table below for the specialty the student chose.
          </Answer>
          <Answer n={9} question="Where people work.">
            See the table below. Shares are of all jobs in the occupation.
          </Answer>
        </ol>
      </section>

      <section aria-labelledby="by-specialty" className="mt-4">
        <h2 id="by-specialty" className="text-xl font-bold">
          Each specialty, from the comparison
        </h2>
        <div
          role="region"
          aria-label="Each specialty"
          tabIndex={0}
          className="mt-2 overflow-x-auto print:overflow-visible"
        >
          <table data-breakable className="w-full border-collapse text-left text-sm print:text-[7.5pt]">
            <thead>
              <tr>
                <th scope="col" className="border-b border-line p-1 align-bottom">
                  Specialty
                </th>
                {tableColumns.map((c) => (
                  <th key={c.id} scope="col" className="border-b border-line p-1 align-bottom">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {key.rows.map((row) => (
                <tr key={row.id} className="align-top">
                  <th scope="row" className="border-b border-line p-1 font-bold">
                    {row.name}
                  </th>
                  {tableColumns.map((c) => (
                    <td key={c.id} className="border-b border-line p-1">
                      <CellText cell={row.cells[c.id]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="key-sources" className="mt-4 text-sm print:text-[7pt] print:leading-tight">
        <h2 id="key-sources" className="text-base font-bold">
          Sources
        </h2>
        <ul className="mt-1 space-y-0.5 print:columns-2 print:gap-6 print:space-y-0">
          {comparisonSources(key.rows).map((s) => (
            <li key={s.url} className="break-inside-avoid">
              {s.publisher}, <span className="italic">{s.title}</span>, {s.edition}. {provenanceText(s)}{' '}
              <a href={s.url} className="break-all underline">
                {s.url}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <DateLine path={path} />
      <FeedbackSection page={classroomPaths.answerKey} />
    </article>
  );
}
