import { FeedbackSection } from '@/components/feedback/feedback-section';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DateLine, SheetHeader, WriteLines } from '@/components/classroom/sheet';
import { QrCode } from '@/components/share/qr-code';
import { classroomPaths, comparePath, inSentence, quizPath, worksheetOccupations } from '@/lib/content/classroom';
import { getOccupation } from '@/lib/content';
import { absoluteUrl, titleMetadata } from '@/lib/site';

const title = 'Student worksheet';
const description =
  'One printable page for students: take the specialty quiz, use the comparison and read one specialty page.';
const path = classroomPaths.worksheet;

export const metadata: Metadata = {
  title: titleMetadata(`${title}: imaging careers classroom kit`),
  description,
  alternates: { canonical: absoluteUrl(path) },
  openGraph: { title, description, url: absoluteUrl(path) },
};

function Question({ n, children, lines = 1 }: { n: number; children: ReactNode; lines?: number }) {
  return (
    <li value={n} className="break-inside-avoid">
      <span className="font-bold">{children}</span>
      <WriteLines count={lines} />
    </li>
  );
}

export default function WorksheetPage() {
  const pay = getOccupation(worksheetOccupations.pay);
  const school = getOccupation(worksheetOccupations.education);
  return (
    <article className="max-w-3xl">
      <SheetHeader title={title} path={path}>
        Which imaging job fits you? Use the guide to answer each question.
      </SheetHeader>

      <p className="mt-3">
        Name: <span aria-hidden="true" className="inline-block w-64 border-b border-ink-muted" /> Class:{' '}
        <span aria-hidden="true" className="inline-block w-32 border-b border-ink-muted" />
      </p>

      <section aria-labelledby="part-quiz" className="mt-4 flex gap-4">
        <QrCode url={absoluteUrl(quizPath)} className="size-24" />
        <div className="flex-1">
          <h2 id="part-quiz" className="text-xl font-bold">
            Part 1: the quiz
          </h2>
          <p className="break-all text-sm print:hidden">{absoluteUrl(quizPath)}</p>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <Question n={1} lines={2}>
              Take the quiz. Write your top three specialties.
            </Question>
            <Question n={2} lines={2}>
              Copy one &ldquo;why&rdquo; line from your result. Do you agree with it? Why or why not?
            </Question>
          </ol>
        </div>
      </section>

      <section aria-labelledby="part-compare" className="mt-4 flex gap-4">
        <QrCode url={absoluteUrl(comparePath)} className="size-24" />
        <div className="flex-1">
          <h2 id="part-compare" className="text-xl font-bold">
            Part 2: the comparison
          </h2>
          <p className="break-all text-sm print:hidden">{absoluteUrl(comparePath)}</p>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <Question n={3}>Which specialties use no ionizing radiation?</Question>
            <Question n={4}>
              What is the median pay of {inSentence(pay.name)}? Which year does it describe, and who published it?
            </Question>
            <Question n={5}>What education do {inSentence(school.name)} usually need to start?</Question>
            <Question n={6}>Name one specialty you can only enter after you already hold a first credential.</Question>
            <Question n={7}>Which specialty&rsquo;s jobs are expected to grow the fastest?</Question>
          </ol>
        </div>
      </section>

      <section aria-labelledby="part-page" className="mt-4">
        <h2 id="part-page" className="text-xl font-bold">
          Part 3: one specialty page
        </h2>
        <p>Open the page of one specialty from your top three (each name on the comparison links to it).</p>
        <ol className="mt-2 list-decimal space-y-2 pl-6">
          <Question n={8} lines={2}>
            Which specialty did you read about? Which credential would you earn first?
          </Question>
          <Question n={9} lines={2}>
            Name two kinds of places where people in this job work.
          </Question>
        </ol>
      </section>

      <section aria-labelledby="exit" className="mt-4 rounded border border-line p-3">
        <h2 id="exit" className="text-xl font-bold">
          Exit question
        </h2>
        <p className="font-bold">
          Name one fact you found today that changed how you see a specialty, and one question you still have.
        </p>
        <WriteLines count={3} />
      </section>

      <DateLine path={path} />
      <FeedbackSection page={classroomPaths.worksheet} />
    </article>
  );
}
