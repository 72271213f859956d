import { FeedbackSection } from '@/components/feedback/feedback-section';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { classroomPaths, classroomReviewedAt, comparePath, quizPath } from '@/lib/content/classroom';
import { getArticlesByTopic } from '@/lib/content';
import { absoluteUrl, formatDate } from '@/lib/site';

const title = 'Classroom kit: which imaging job fits?';
const description =
  'A ready 45-minute lesson on imaging careers for counselors and health-science teachers, with a worksheet, an answer key and a family handout.';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl(classroomPaths.lesson) },
  openGraph: { title, description, url: absoluteUrl(classroomPaths.lesson) },
};

/** The lesson's steps; minutes are the plan's own timings, not facts from a source. */
const steps: { from: number; to: number; title: string; what: ReactNode }[] = [
  {
    from: 0,
    to: 5,
    title: 'Warm-up',
    what: (
      <>
        Ask: &ldquo;Who takes an X-ray, and who reads it?&rdquo; Then show that a technologist takes the images and a
        radiologist, a physician, reads them (
        <Link prefetch={false} href="/technologist-vs-radiologist" className="text-brand underline">
          technologist vs. radiologist
        </Link>
        ). Hand out the worksheet.
      </>
    ),
  },
  {
    from: 5,
    to: 15,
    title: 'The quiz',
    what: (
      <>
        Students scan the first QR code or open{' '}
        <Link prefetch={false} href={quizPath} className="text-brand underline">
          the specialty quiz
        </Link>{' '}
        and answer its questions on their own. They write their top three and copy one &ldquo;why&rdquo; line (questions
        1 and 2).
      </>
    ),
  },
  {
    from: 15,
    to: 25,
    title: 'The comparison',
    what: (
      <>
        In pairs, students use{' '}
        <Link prefetch={false} href={comparePath} className="text-brand underline">
          the comparison
        </Link>{' '}
        to answer questions 3 to 7: radiation, pay with its year and source, school, add-on specialties and job growth.
      </>
    ),
  },
  {
    from: 25,
    to: 35,
    title: 'One specialty page',
    what: (
      <>
        Each student opens the page of one specialty from their top three and answers questions 8 and 9. Ask them to
        find the &ldquo;Key facts&rdquo; box and read where each figure comes from.
      </>
    ),
  },
  {
    from: 35,
    to: 42,
    title: 'Discussion',
    what: <>Use two or three of the discussion questions below with the whole class.</>,
  },
  {
    from: 42,
    to: 45,
    title: 'Exit question',
    what: <>Students answer the exit question at the bottom of the worksheet and hand it in.</>,
  },
];

const discussion = [
  'Did your quiz result surprise you? Which of your answers moved a specialty up or down?',
  'Which matters more to you: pay, years of school, or the kind of time you spend with patients? Why?',
  'Some specialties use ionizing radiation and some do not. Would that change your choice? What do staff do to stay safe?',
  'Pay on the site is a national median for one year. What might make pay different where you live?',
  'What would you ask a program before you apply? Compare your list with “How to check a program”.',
];

const printables = [
  {
    href: classroomPaths.worksheet,
    title: 'Student worksheet',
    text: 'One page per student, with QR codes to the quiz and the comparison.',
  },
  {
    href: classroomPaths.answerKey,
    title: 'Answer key',
    text: 'Built from the guide’s data files, so it always matches the site.',
  },
  {
    href: classroomPaths.familyHandout,
    title: 'Family handout',
    text: 'One page for students to take home: the job, school, pay and where to read more.',
  },
];

export default function ClassroomKitPage() {
  const specialtyPages = getArticlesByTopic('specialties').slice(0, 4);
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'For counselors', href: '/for-counselors' },
          { label: 'Classroom kit', href: classroomPaths.lesson },
        ]}
        title={title}
      >
        A ready lesson for one 45-minute class. Students take the quiz, compare the specialties and read one specialty
        page, then talk over what they found.
      </PageHeader>

      <section aria-labelledby="printables" className="mt-8 max-w-3xl">
        <h2 id="printables" className="text-2xl font-bold">
          Print these first
        </h2>
        <p className="mt-2">
          Each page prints on its own, without the site&rsquo;s menus, and shows the day it was reviewed.
        </p>
        <ul className="mt-3 space-y-2">
          {printables.map((p) => (
            <li key={p.href}>
              <Link prefetch={false} href={p.href} className="font-bold text-brand underline">
                {p.title}
              </Link>
              : {p.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="objectives" className="mt-10 max-w-3xl">
        <h2 id="objectives" className="text-2xl font-bold">
          Objectives
        </h2>
        <p className="mt-2">By the end of the class, each student can:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>name three imaging specialties and say what the people in each one do;</li>
          <li>tell a technologist from a radiologist;</li>
          <li>say which specialties use ionizing radiation and which do not;</li>
          <li>find a job&rsquo;s median pay and say which year it describes and who published it;</li>
          <li>name the first step into one specialty: the program and the first credential.</li>
        </ul>
      </section>

      <section aria-labelledby="you-need" className="mt-10 max-w-3xl">
        <h2 id="you-need" className="text-2xl font-bold">
          What you need
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>A phone, tablet or computer for each student or pair. The pages work on phones and without apps.</li>
          <li>A printed worksheet for each student, and the answer key for you.</li>
          <li>Family handouts to send home, if you like.</li>
        </ul>
      </section>

      <section aria-labelledby="steps" className="mt-10 max-w-3xl">
        <h2 id="steps" className="text-2xl font-bold">
          The lesson, step by step
        </h2>
        <ol className="mt-3 space-y-4">
          {steps.map((s) => (
            <li key={s.title} className="rounded border border-line p-3">
              <h3 className="font-bold">
                Minutes {s.from} to {s.to}: {s.title}
              </h3>
              <p className="mt-1">{s.what}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="on-the-site" className="mt-10 max-w-3xl">
        <h2 id="on-the-site" className="text-2xl font-bold">
          What students use on the site
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link prefetch={false} href={quizPath} className="text-brand underline">
              Which specialty fits me?
            </Link>{' '}
            ({absoluteUrl(quizPath)}): a short quiz that ranks the specialties against what a student cares about.
          </li>
          <li>
            <Link prefetch={false} href={comparePath} className="text-brand underline">
              Compare the specialties
            </Link>{' '}
            ({absoluteUrl(comparePath)}): every specialty side by side, each figure with its source and year.
          </li>
          <li>
            One specialty page, for example{' '}
            {specialtyPages.map((a, i) => (
              <span key={a.slug}>
                {i > 0 && ', '}
                <Link prefetch={false} href={a.url} className="text-brand underline">
                  {a.title}
                </Link>
              </span>
            ))}
            .
          </li>
        </ul>
      </section>

      <section aria-labelledby="discussion" className="mt-10 max-w-3xl">
        <h2 id="discussion" className="text-2xl font-bold">
          Discussion questions
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {discussion.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        <p className="mt-2">
          For the last question, see{' '}
          <Link prefetch={false} href="/choosing-a-program#how-to-check-a-program" className="text-brand underline">
            how to check a program
          </Link>
          .
        </p>
      </section>

      <section aria-labelledby="exit-question" className="mt-10 max-w-3xl">
        <h2 id="exit-question" className="text-2xl font-bold">
          Exit question
        </h2>
        <p className="mt-2">
          &ldquo;Name one fact you found today that changed how you see a specialty, and one question you still
          have.&rdquo; The questions make a good start for a one-to-one meeting.
        </p>
      </section>

      <p className="mt-10 text-sm text-ink-muted">
        Lesson plan reviewed <time dateTime={classroomReviewedAt}>{formatDate(classroomReviewedAt)}</time>.
      </p>
      <FeedbackSection page={classroomPaths.lesson} />
    </>
  );
}
