import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkCards } from '@/components/ui/link-list';
import { tools } from '@/lib/content/tools';
import { PageHeader } from '@/components/layout/page-header';
import { QrCode } from '@/components/share/qr-code';
import { getArticle, getArticlesByTopic } from '@/lib/content';
import { absoluteUrl, shortUrl, site } from '@/lib/site';
import { classroomPaths } from '@/lib/content/classroom';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const description =
  'How counselors can use the guide: printable handouts, a one-sheet index with QR codes, and links to any section.';

export const metadata: Metadata = {
  title: 'For counselors',
  description,
  alternates: { canonical: absoluteUrl('/for-counselors') },
  openGraph: { title: 'For counselors', description, url: absoluteUrl('/for-counselors') },
};

/** The first sentence of a page's description: what the job is, without the "learn more" part. */
function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0] ?? text;
}

// On paper this page is the one-sheet index alone: that is what a counselor hands to students.
// The notes on using the guide are for the counselor and stay on screen (marked no-print).
export default function ForCounselorsPage() {
  const specialties = getArticlesByTopic('specialties');
  const example = getArticle('radiography');
  const exampleSection = example?.toc.find((t) => t.depth === 2 && t.id.startsWith('how-to'));
  const exampleUrl = example && exampleSection ? absoluteUrl(`${example.url}#${exampleSection.id}`) : undefined;
  return (
    <>
      <div className="no-print">
        <PageHeader
          crumbs={[
            { label: 'Home', href: '/' },
            { label: 'For counselors', href: '/for-counselors' },
          ]}
          title="For counselors"
        >
          {description}
        </PageHeader>
      </div>

      <section aria-labelledby="offers" className="no-print mt-8 max-w-3xl space-y-3">
        <h2 id="offers" className="text-2xl font-bold">
          What the guide offers
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>Plain-language pages on each imaging job, how to train, certify and get licensed, and what it pays.</li>
          <li>
            Every figure names its source and the year it describes, and every page shows when it was last reviewed.
          </li>
          <li>
            Short addresses that are easy to type and that keep working: if a page is renamed, the old address forwards
            to the new one.
          </li>
          <li>
            Any article prints as a clean handout: a QR code and the short address at the top of page 1, and a line to
            cite it at the end. Use the &ldquo;Print this page&rdquo; button or your browser&rsquo;s own print command.
          </li>
          <li>
            A &ldquo;Cite this page&rdquo; box on every article in APA, MLA and a plain format. See also{' '}
            <Link prefetch={false} href="/changes" className="text-brand underline">
              what changed
            </Link>{' '}
            and when.
          </li>
        </ul>
      </section>

      <section aria-labelledby="classroom-section" className="no-print mt-10 max-w-3xl space-y-3">
        <h2 id="classroom-section" className="text-2xl font-bold">
          A lesson for your class
        </h2>
        <p>
          The{' '}
          <Link prefetch={false} href={classroomPaths.lesson} className="text-brand underline">
            classroom kit
          </Link>{' '}
          is a ready 45-minute lesson: students take the specialty quiz, use the comparison and read one specialty page.
          It comes with a one-page{' '}
          <Link prefetch={false} href={classroomPaths.worksheet} className="text-brand underline">
            student worksheet
          </Link>
          , an{' '}
          <Link prefetch={false} href={classroomPaths.answerKey} className="text-brand underline">
            answer key
          </Link>{' '}
          built from the guide&rsquo;s data, and a{' '}
          <Link prefetch={false} href={classroomPaths.familyHandout} className="text-brand underline">
            family handout
          </Link>
          .
        </p>
      </section>

      <section aria-labelledby="tools-section" className="no-print mt-10 max-w-3xl space-y-3">
        <h2 id="tools-section" className="text-2xl font-bold">
          Tools to use with students
        </h2>
        <LinkCards className="grid gap-3 sm:grid-cols-2" items={tools} />
      </section>

      <section aria-labelledby="link-section" className="no-print mt-10 max-w-3xl space-y-3">
        <h2 id="link-section" className="text-2xl font-bold">
          How to link to one section
        </h2>
        <p>
          Every heading in an article has a <code>#</code> link and a copy button beside it. They appear when you point
          at the heading or reach it with the Tab key, and stay visible on touch screens. The copy button copies the
          full address of that section; the <code>#</code> link puts it in the address bar. The part after the{' '}
          <code>#</code> takes the reader straight to that section.
        </p>
        {exampleUrl && (
          <p>
            For example:{' '}
            <a href={exampleUrl} className="break-all text-brand underline">
              {exampleUrl}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="one-sheet" className="mt-10 print:mt-0" data-one-sheet>
        <p className="hidden text-[9pt] font-bold tracking-wide uppercase print:block">
          {site.name} <span className="font-normal normal-case">· {shortUrl('/')}</span>
        </p>
        <h2 id="one-sheet" className="text-2xl font-bold print:text-[16pt]">
          <span className="print:hidden">One-sheet index of specialties</span>
          <span className="hidden print:inline">Jobs in medical imaging: scan to read more</span>
        </h2>
        <p className="mt-2 max-w-3xl print:hidden">
          Print this page for a one-page sheet of every specialty, each with a QR code students can scan and a short
          address they can type. Only the sheet prints: the notes above are for you.
        </p>
        <p className="mt-1 hidden text-[10.5pt] print:block">
          Each code opens a page on one job: what the work is like, how to train and get certified, and what it pays.
          Point your phone&rsquo;s camera at a code, or type the address under it.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 print:mt-4 print:grid-cols-2 print:gap-x-5 print:gap-y-4">
          {specialties.map((a) => (
            <li
              key={a.slug}
              className="flex items-center gap-3 break-inside-avoid rounded border border-line p-3 print:items-start print:border-black print:p-2"
            >
              <QrCode url={absoluteUrl(a.url)} className="size-20 print:size-[0.95in]" />
              <div>
                <Link
                  prefetch={false}
                  href={a.url}
                  className="font-bold text-brand underline print:text-[11pt] print:text-black print:no-underline"
                >
                  {a.title}
                </Link>
                <p className="break-all text-sm text-ink-muted print:hidden">{absoluteUrl(a.url)}</p>
                <p className="mt-1 hidden text-[10pt] leading-snug print:block">{firstSentence(a.description)}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <FeedbackSection page="/for-counselors" />
    </>
  );
}
