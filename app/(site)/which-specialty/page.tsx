import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { PageHeader } from '@/components/layout/page-header';
import { QuizForm } from '@/components/quiz/quiz-form';
import { QuizResult, type SpecialtyPage } from '@/components/quiz/quiz-result';
import { getArticlesBySpecialty, specialties } from '@/lib/content';
import { answersQuery, getQuizResult, parseAnswers, quizCheckPath, quizPath, toSearchParams } from '@/lib/quiz';
import { absoluteUrl, shortUrl } from '@/lib/site';

const title = 'Which imaging specialty fits me?';
const description =
  'Answer nine short questions about radiation, patients, school, hours and pay, and see all nine specialties ranked, with the reasons and their sources.';

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl(quizPath) },
  openGraph: { title, description, url: absoluteUrl(quizPath) },
};

const resultId = 'result-heading';

function specialtyPage(id: (typeof specialties)[number]): SpecialtyPage {
  const articles = getArticlesBySpecialty(id);
  const article = articles.find((a) => a.topic === 'specialties') ?? articles[0];
  return article && { href: article.url, title: article.title };
}

export default async function WhichSpecialtyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = toSearchParams(await searchParams);
  const parsed = parseAnswers(params);
  // Missing or unknown answers: the check route answers 400 with the valid ones kept.
  if (parsed.kind === 'invalid') redirect(`${quizCheckPath}?${params.toString()}`);
  const answers = parsed.kind === 'ok' ? parsed.answers : undefined;
  const pages = Object.fromEntries(specialties.map((id) => [id, specialtyPage(id)])) as Record<
    (typeof specialties)[number],
    SpecialtyPage
  >;
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Specialties', href: '/topics/specialties' },
          { label: 'Which specialty fits me?', href: quizPath },
        ]}
        title={title}
      />
      <p className="no-print mt-3 max-w-2xl text-lg text-ink-muted">
        Answer nine short questions. You get all nine specialties in order, each with the reasons, and every reason
        links to its source. Nothing you choose is stored.
      </p>

      {answers && (
        <>
          <QuizResult ranked={getQuizResult(answers)} answers={answers} pages={pages} headingId={resultId} />
          <p className="mt-4 hidden text-xs print:block">Online: {shortUrl(`${quizPath}?${answersQuery(answers)}`)}</p>
        </>
      )}

      <section aria-labelledby="questions-heading" className="no-print mt-10 max-w-3xl">
        <h2 id="questions-heading" className="text-2xl font-bold">
          {answers ? 'Change your answers' : 'The questions'}
        </h2>
        <p className="mt-2 text-ink-muted">
          Pick one answer for each question. The address of your result holds your answers, so you can share it or print
          it.
        </p>
        <div className="mt-4">
          <QuizForm action={quizPath} answers={answers ?? {}} resultId={resultId} hasResult={answers !== undefined} />
        </div>
      </section>

      <FeedbackSection page={quizPath} />
    </>
  );
}
