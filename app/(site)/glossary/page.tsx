import type { Metadata } from 'next';
import { PageHeader } from '@/components/layout/page-header';
import { glossary } from '@/lib/content/glossary';
import { glossaryByLetter } from '@/lib/content/glossary-letters';
import { absoluteUrl } from '@/lib/site';
import { FeedbackSection } from '@/components/feedback/feedback-section';

const description = 'Plain definitions of the words used in this guide, from ALARA to transducer.';

export const metadata: Metadata = {
  title: 'Glossary',
  description,
  alternates: { canonical: absoluteUrl('/glossary') },
  openGraph: { title: 'Glossary', description, url: absoluteUrl('/glossary') },
};

/** Every term, grouped by first letter under an A–Z bar; a term linked from an article is highlighted on arrival (:target). */
export default function GlossaryPage() {
  const groups = glossaryByLetter(glossary);
  return (
    <>
      <PageHeader
        crumbs={[
          { label: 'Home', href: '/' },
          { label: 'Glossary', href: '/glossary' },
        ]}
        title="Glossary"
      >
        {description}
      </PageHeader>
      <nav aria-label="Glossary, A to Z" className="no-print mt-6 max-w-3xl">
        <ul className="flex flex-wrap gap-1">
          {groups.map((g) => (
            <li key={g.letter}>
              <a
                href={`#letter-${g.letter.toLowerCase()}`}
                className="inline-flex size-11 items-center justify-center rounded border border-line font-bold text-brand no-underline hover:bg-paper-alt"
              >
                {g.letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6 max-w-3xl">
        {groups.map((g) => (
          <section key={g.letter} aria-labelledby={`letter-${g.letter.toLowerCase()}`}>
            <h2
              id={`letter-${g.letter.toLowerCase()}`}
              className="scroll-mt-4 border-b border-line pt-5 pb-1 text-xl font-bold"
            >
              {g.letter}
            </h2>
            <dl className="divide-y divide-line">
              {g.terms.map((t) => (
                <div
                  key={t.id}
                  className="-mx-3 rounded px-3 py-3 has-[dt:target]:bg-paper-alt has-[dt:target]:shadow-[inset_4px_0_0_var(--color-brand)]"
                >
                  <dt id={t.id} className="scroll-mt-4 text-lg font-bold">
                    <a href={`#${t.id}`} className="text-ink no-underline hover:underline">
                      {t.term}
                    </a>
                  </dt>
                  <dd className="mt-1 leading-relaxed">{t.definition}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <FeedbackSection page="/glossary" />
    </>
  );
}
